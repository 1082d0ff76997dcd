package org.sanad.handoff;

import java.time.Instant;
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
 * A message to another service, written in the same transaction as the change it announces and
 * delivered afterwards by {@link OutboxRelay}. Its id travels with it as the message's
 * {@code deliveryId}, so the receiver can apply it exactly once however often it is delivered.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    public enum Status {
        /** Waiting for its receiver; retried with backoff. */
        PENDING,
        /** Accepted by its receiver. */
        DELIVERED,
        /** Refused by its receiver for good, or too often: not retried until an operator re-queues it. */
        DEAD
    }

    @Id
    public UUID id;

    /** The receiving service, as named under {@code outbox.destinations}. */
    @Column(nullable = false)
    public String destination;

    @Column(nullable = false)
    public String type;

    /** The receiver's endpoint the payload is posted to. */
    @Column(nullable = false)
    public String path;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    /**
     * The message as JSON; encrypted at rest and sealed to the event: it can carry what people wrote
     * (a court's reason, a decision's note, an evidence file's name) until it is delivered and purged.
     */
    @Encrypted
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    /** How many of the attempts the receiver refused ({@link DeliveryOutcome.Refused}); bounded by {@code outbox.refusal-attempts}. */
    @Column(nullable = false)
    public int refusals;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "dead_at")
    public Instant deadAt;

    /** The receiver's HTTP status on the last attempt; absent when it could not be reached. */
    @Column(name = "last_status")
    public Integer lastStatus;

    /** Why the last attempt failed: the network error, or the receiver's answer. */
    @Column(name = "last_error")
    public String lastError;
}
