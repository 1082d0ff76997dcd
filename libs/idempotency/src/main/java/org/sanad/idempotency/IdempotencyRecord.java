package org.sanad.idempotency;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.privacy.Encrypted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A request made with an Idempotency-Key, and once answered, its answer; see {@link IdempotencyStore}. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    /** SHA-256 of the key's scope and the key ({@link IdempotentRequest#lookup()}). */
    @Column(nullable = false)
    public byte[] lookup;

    /** SHA-256 of the request: method, path and body ({@link IdempotentRequest#fingerprint()}). */
    @Column(nullable = false)
    public byte[] fingerprint;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    /** The first answer ({@link StoredAnswer} as JSON); null while the first request is in progress. */
    @Encrypted
    public String response;
}
