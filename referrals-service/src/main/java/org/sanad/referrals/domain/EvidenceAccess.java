package org.sanad.referrals.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.core.persistence.ActorStamped;

/** A court's fetch of an evidence item, and whether the bytes matched the manifest. */
@Entity
@Table(name = "evidence_access")
public class EvidenceAccess extends ActorStamped {

    public enum Outcome {
        SERVED, INTEGRITY_FAILURE, UNAVAILABLE,
        /** The bytes were purged at the end of their retention period. */
        PURGED
    }

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "expected_sha256", nullable = false)
    public String expectedSha256;

    @Column(name = "observed_sha256")
    public String observedSha256;
}
