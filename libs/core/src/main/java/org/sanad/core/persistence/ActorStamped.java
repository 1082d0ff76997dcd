package org.sanad.core.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.sanad.core.identity.Caller;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A record of something someone did: when, and who (token subject and roles, as they were then).
 * Audit entries and chain-of-custody records of every service carry these columns.
 */
@MappedSuperclass
public abstract class ActorStamped extends PanacheEntityBase {

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    /** Done by the caller, at {@code at}. */
    public void stamp(Caller caller, Instant at) {
        stamp(caller.subject(), caller.rolesForAudit(), at);
    }

    public void stamp(String subject, String roles, Instant at) {
        this.actorSubject = subject;
        this.actorRoles = roles;
        this.occurredAt = at;
    }
}
