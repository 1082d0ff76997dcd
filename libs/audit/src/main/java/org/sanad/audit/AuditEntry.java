package org.sanad.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.persistence.ActorStamped;

/**
 * One audited event: who did what to which record, and whether it was allowed. Rows are only
 * ever inserted; sanad-audit's migrations (db/audit) create the {@code audit_entry} table.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends ActorStamped {

    @Schema(name = "AuditOutcome")
    public enum Outcome {
        SUCCESS, DENIED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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
