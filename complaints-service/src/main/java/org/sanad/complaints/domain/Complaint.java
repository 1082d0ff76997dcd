package org.sanad.complaints.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.sanad.core.persistence.VersionedRecord;
import org.sanad.privacy.Encrypted;
import org.sanad.evidence.retention.LegalHold;

@Entity
@Table(name = "complaint")
public class Complaint extends VersionedRecord {

    @Id
    public UUID id;

    /** The unique constraint on tracking numbers (V1), as PostgreSQL named it. */
    public static final String TRACKING_NUMBER_CONSTRAINT = "complaint_tracking_number_key";

    @Column(name = "tracking_number", nullable = false, unique = true)
    public String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "filer_kind", nullable = false)
    public FilerKind filerKind;

    /** The citizen's token subject; null for anonymous filers. */
    @Column(name = "filer_subject")
    public String filerSubject;

    /** SHA-256 (hex) of an anonymous filer's secret; null for citizens. */
    @Column(name = "secret_hash")
    public String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_relation", nullable = false)
    public ReporterRelation reporterRelation;

    @Embedded
    public Victim victim;

    @Column(nullable = false)
    public String governorate;

    // The three kinds are arrays in the complaint's row (V12): read and written with it, no table
    // and no query of their own. Each is a set of an enum's names, written in the enum's order.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public Set<Platform> platforms = EnumSet.noneOf(Platform.class);

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "threat_types", nullable = false)
    public Set<ThreatType> threatTypes = EnumSet.noneOf(ThreatType.class);

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "demand_types", nullable = false)
    public Set<DemandType> demandTypes = EnumSet.noneOf(DemandType.class);

    @Column(name = "money_amount", precision = 19, scale = 2)
    public BigDecimal moneyAmount;

    @Column(name = "money_currency")
    public String moneyCurrency;

    @Encrypted
    @Column(name = "demand_details")
    public String demandDetails;

    public Instant deadline;

    @Column(name = "amount_paid", precision = 19, scale = 2)
    public BigDecimal amountPaid;

    @Column(name = "amount_paid_currency")
    public String amountPaidCurrency;

    @Encrypted
    @Column(nullable = false)
    public String narrative;

    @Column(name = "self_harm_risk", nullable = false)
    public boolean selfHarmRisk;

    @Column(name = "priority_score", nullable = false)
    public int priorityScore;

    /** Whether the priority already counts the deadline as imminent (the refresh job skips it then). */
    @Column(name = "deadline_counted", nullable = false)
    public boolean deadlineCounted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintStatus status;

    /**
     * When an intake officer must have triaged the complaint (moved it on from SUBMITTED), by its
     * priority; never later than it was. Null once it was triaged: the deadline no longer applies.
     */
    @Column(name = "triage_due_at")
    public Instant triageDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Escalation escalation = Escalation.NONE;

    /** When the complaint was last escalated; null while it never was. */
    @Column(name = "escalated_at")
    public Instant escalatedAt;

    /**
     * The timer of its next escalation, which the escalation job scans for: the triage deadline,
     * then the end of the supervisor's window; null when no escalation is left (triaged, or
     * already with the national unit).
     */
    @Column(name = "escalation_due_at")
    public Instant escalationDueAt;

    /** The officer's open question to the filer, while the complaint needs information. */
    @Encrypted
    @Column(name = "pending_question")
    public String pendingQuestion;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Encrypted
    @Column(name = "rejection_reason")
    public String rejectionReason;

    /** The case the intake officer asked the complaint to join, if any. */
    @Column(name = "target_case_number")
    public String targetCaseNumber;

    /** The case investigating the complaint, once cases-service has said so. */
    @Column(name = "case_number")
    public String caseNumber;

    /** The investigating case's id in cases-service, to follow the case there. */
    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "investigation_status")
    public InvestigationStatus investigationStatus;

    /** When the investigation status was true on the case's side; older news is ignored. */
    @Column(name = "investigation_updated_at")
    public Instant investigationUpdatedAt;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /**
     * When the matter ended for the evidence's retention: the complaint rejected or withdrawn, or
     * its case closed; null while it goes on. Its evidence is purged a configured time after.
     */
    @Column(name = "retention_from")
    public Instant retentionFrom;

    /** The complaint's case holds its evidence (a legal hold in cases-service): kept too. */
    @Column(name = "case_evidence_held", nullable = false)
    public boolean caseEvidenceHeld;

    /** Null when no hold is set (Hibernate reads an embeddable of null columns as null). */
    @Embedded
    public LegalHold legalHold;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<BlackmailerIdentifier> identifiers = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt, id")
    public List<Supplement> supplements = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ImageHash> imageHashes = new ArrayList<>();

    public boolean isHeld() {
        return legalHold != null && legalHold.isSet();
    }

    public boolean isFiledBy(String subject) {
        return filerKind == FilerKind.CITIZEN && filerSubject.equals(subject);
    }

    public static Optional<Complaint> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }
}
