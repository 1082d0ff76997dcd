package org.sanad.handoff;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The id of a message this service has applied; see {@link ProcessedMessages}. */
@Entity
@Table(name = "processed_message")
public class ProcessedMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;
}
