package org.sanad.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.kernel.identifiers.IdentifierType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of the identifier index that correlates cases. */
@Entity
@Table(name = "case_identifier")
public class CaseIdentifier extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdentifierSource source;

    /** The complaint or suspect the identifier belongs to. */
    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdentifierType type;

    @Column(name = "raw_value", nullable = false)
    public String rawValue;

    @Column(name = "normalised_value", nullable = false)
    public String normalisedValue;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
