package org.sanad.referrals.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.privacy.Encrypted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one endpoint a court's system registered to be told of its feed's new entries, and the secret they are signed with. */
@Entity
@Table(name = "court_webhook")
public class CourtWebhook extends PanacheEntityBase {

    @Id
    @Column(name = "court_code")
    public String courtCode;

    /** Encrypted at rest: its query may carry the court's own access token. */
    @Encrypted
    @Column(nullable = false)
    public String url;

    /** {@code whsec_…}: shown to the court once, when made; encrypted at rest. */
    @Encrypted
    @Column(nullable = false)
    public String secret;

    /** The secret before the last rotation: deliveries are signed with it too until {@link #previousUntil}; encrypted at rest. */
    @Encrypted
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_until")
    public Instant previousUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
