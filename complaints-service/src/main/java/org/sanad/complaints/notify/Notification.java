package org.sanad.complaints.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One message to the victim or to the officers on duty, queued with the outbox event that sends
 * it. It holds neither the text nor the address: both are read when it is sent.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    /** The unique constraint that keeps a message to once per event and channel (V14). */
    public static final String ONCE_PER_EVENT = "notification_once_per_event_and_channel";

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    /** A {@link NotificationEvent} for the victim; a {@link DutyMessage} for the officers on duty. */
    @Column(nullable = false)
    public String event;

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationChannel channel;

    @Column(nullable = false)
    public String language;

    /** A safety message: sent in quiet hours too. */
    @Column(nullable = false)
    public boolean safety;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationStatus status;

    @Column(name = "outbox_event_id", nullable = false)
    public UUID outboxEventId;

    @Column(name = "not_before")
    public Instant notBefore;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sms_message_ids")
    public List<String> smsMessageIds;

    public Integer segments;

    @Column(name = "last_error")
    public String lastError;

    public static List<Notification> toVictimOf(UUID complaintId) {
        return list("complaintId = ?1 and audience = ?2 order by queuedAt, id", complaintId, Audience.VICTIM);
    }
}
