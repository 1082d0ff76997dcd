package org.sanad.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    @Column(nullable = false)
    public String description;

    @Column(name = "complaint_id")
    public UUID complaintId;

    @Column(name = "complaint_evidence_id")
    public UUID complaintEvidenceId;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    /** An extracted file's encrypted bytes in the {@code EvidenceStore}; none for devices and complaint evidence. */
    @Column(name = "object_id")
    public UUID objectId;

    /** When the file's bytes were purged at the end of their retention period (hash, size, custody kept). */
    @Column(name = "purged_at")
    public Instant purgedAt;

    @Column(name = "purge_reason")
    public String purgeReason;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;
}
