package org.sanad.cases.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.core.persistence.VersionedRecord;
import org.sanad.privacy.Encrypted;
import org.sanad.evidence.retention.LegalHold;

@Entity
@Table(name = "investigation_case")
public class InvestigationCase extends VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "case_number", nullable = false, unique = true)
    public String caseNumber;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String governorate;

    @Column(name = "owning_unit")
    public String owningUnit;

    /** The lead investigator's token subject. */
    @Column(name = "lead_investigator")
    public String leadInvestigator;

    @Enumerated(EnumType.STRING)
    @Column(name = "lead_investigator_gender")
    public Gender leadInvestigatorGender;

    /** Set when a victim asked for an officer of their own gender. */
    @Enumerated(EnumType.STRING)
    @Column(name = "requested_officer_gender")
    public Gender requestedOfficerGender;

    @Column(name = "priority_score", nullable = false)
    public int priorityScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;

    /** Encrypted at rest. */
    @Encrypted
    @Column(name = "closure_note")
    public String closureNote;

    /** The title, folded for search (see ArabicText). */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    /**
     * The blind indexes of the folded words of the timeline's notes, which are encrypted: a search
     * finds a case whose notes hold every word asked for, without the notes being readable here.
     */
    @Column(name = "note_terms", nullable = false, columnDefinition = "varchar(32)[]")
    public String[] noteTerms = new String[0];

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the case was closed: its extracted files are purged a configured time after. */
    @Column(name = "closed_at")
    public Instant closedAt;

    /** Null when no hold is set (Hibernate reads an embeddable of null columns as null). */
    @Embedded
    public LegalHold legalHold;

    public boolean isHeld() {
        return legalHold != null && legalHold.isSet();
    }

    public static Optional<InvestigationCase> findByNumber(String caseNumber) {
        return find("caseNumber", caseNumber).firstResultOptional();
    }
}
