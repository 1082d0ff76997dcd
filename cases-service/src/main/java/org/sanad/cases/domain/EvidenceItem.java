package org.sanad.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.evidence.store.StoredFile;
import org.sanad.privacy.Encrypted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Evidence of a case: a reference to a complaint's evidence file (its bytes stay in
 * complaints-service) or an item investigators registered, with its SHA-256.
 */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidenceKind kind;

    @Encrypted
    @Column(nullable = false)
    public String description;

    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "complaint_evidence_id")
    public UUID complaintEvidenceId;

    /**
     * An extracted file's name, type, size and bytes in the {@code EvidenceStore}; a complaint's
     * file without its bytes (they stay in complaints-service); only the hash for anything else.
     */
    @Embedded
    public StoredFile file;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
}
