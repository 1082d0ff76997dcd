package org.sanad.officers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An officer as their last token described them; see {@link OfficerDirectory}. */
@Entity
@Table(name = "officer")
public class Officer extends PanacheEntityBase {

    @Id
    public String subject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String governorate;

    /** Sorted, comma-separated. */
    @Column(nullable = false)
    public String roles;

    /** From the token's {@code gender} claim, when the identity provider sends one. */
    public String gender;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;
}
