package org.sanad.commons.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One audited event: who did what to which record, and whether it was allowed. Rows are only
 * ever inserted; each service's migrations create the {@code audit_entry} table.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    public enum Outcome {
        SUCCESS, DENIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(nullable = false)
    public String action;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public String recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
}
