package org.sanad.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sanad.kernel.identifiers.IdentifierType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * "This complaint may involve the same extortionist as that open case": raised when an arriving
 * complaint shares an identifier with an open case it is not part of.
 */
@Entity
@Table(name = "correlation_flag")
public class CorrelationFlag extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The open case that already knows the identifier. */
    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    /** The case the arriving complaint was put into. */
    @Column(name = "complaint_case_id", nullable = false)
    public UUID complaintCaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "identifier_type", nullable = false)
    public IdentifierType identifierType;

    @Column(name = "normalised_value", nullable = false)
    public String normalisedValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FlagStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
