package org.sanad.complaints.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.evidence.store.StoredFile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A file the filer or an officer attached to a complaint; its bytes are in the evidence store. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    /** Name, type and size are always known here: every evidence record is an upload. */
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "file_name", nullable = false))
    @AttributeOverride(name = "contentType", column = @Column(name = "content_type", nullable = false))
    @AttributeOverride(name = "sizeBytes", column = @Column(name = "size_bytes", nullable = false))
    public StoredFile file;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    public static List<Evidence> ofComplaint(UUID complaintId) {
        return list("complaintId = ?1 order by receivedAt, id", complaintId);
    }

    /** The bytes a complaint's evidence holds, purged files not counted. */
    public static long storedBytes(UUID complaintId) {
        return getEntityManager().createQuery("select coalesce(sum(e.file.sizeBytes), 0) from Evidence e "
                + "where e.complaintId = ?1 and e.file.purgedAt is null", Long.class)
                .setParameter(1, complaintId).getSingleResult();
    }
}
