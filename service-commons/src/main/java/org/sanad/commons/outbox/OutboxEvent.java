package org.sanad.commons.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A message to another service, written in the same transaction as the change it announces and
 * delivered afterwards by {@link OutboxRelay}. Its id travels with it, so the receiver can apply
 * it exactly once however often it is delivered.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Which {@link OutboxDestination} delivers it. */
    @Column(nullable = false)
    public String destination;

    @Column(nullable = false)
    public String type;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    /** JSON. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "last_error")
    public String lastError;
}
