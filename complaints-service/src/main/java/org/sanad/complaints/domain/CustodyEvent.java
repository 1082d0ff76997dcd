package org.sanad.complaints.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.core.persistence.ActorStamped;
import org.sanad.privacy.Encrypted;

/** One link of an evidence item's chain of custody: who handled it, when, and the hash then. */
@Entity
@Table(name = "custody_event")
public class CustodyEvent extends ActorStamped {

    @Id
    public UUID id;

    @Column(name = "evidence_id", nullable = false)
    public UUID evidenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustodyAction action;

    @Column(nullable = false)
    public String sha256;

    @Encrypted
    public String note;

    public static List<CustodyEvent> ofEvidence(UUID evidenceId) {
        return list("evidenceId = ?1 order by occurredAt, id", evidenceId);
    }
}
