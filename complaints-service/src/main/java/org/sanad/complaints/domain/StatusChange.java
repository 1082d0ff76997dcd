package org.sanad.complaints.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.privacy.Encrypted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One step of a complaint's status history. The public note (a question, a rejection reason) is
 * shown to the filer; the internal note only to officers. Both are encrypted at rest.
 */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ComplaintStatus toStatus;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Encrypted
    @Column(name = "public_note")
    public String publicNote;

    /** Officers only. */
    @Encrypted
    @Column(name = "internal_note")
    public String internalNote;

    public static List<StatusChange> historyOf(UUID complaintId) {
        return list("complaintId = ?1 order by changedAt, id", complaintId);
    }
}
