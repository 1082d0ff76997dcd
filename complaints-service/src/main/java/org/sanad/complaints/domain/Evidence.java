package org.sanad.complaints.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A file the filer or an officer attached to a complaint; its bytes are in {@link EvidenceContent}. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** SHA-256 of the bytes as received, lower-case hex. */
    @Column(nullable = false)
    public String sha256;

    /** The encrypted bytes in the {@code EvidenceStore}; null once purged. */
    @Column(name = "object_id")
    public UUID objectId;

    /** When the bytes were purged at the end of their retention period (hash, size, custody kept). */
    @Column(name = "purged_at")
    public Instant purgedAt;

    @Column(name = "purge_reason")
    public String purgeReason;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    public static List<Evidence> ofComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by receivedAt, id", complaintId);
    }
}
