package org.sanad.referrals.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.core.persistence.VersionedRecord;

/** A case referred to a court: its versions hold the content, the court's replies its progress. */
@Entity
@Table(name = "referral")
public class Referral extends VersionedRecord {

    @Id
    public UUID id;

    @Column(name = "reference_number", nullable = false, unique = true)
    public String referenceNumber;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Column(nullable = false)
    public String governorate;

    /** The court of the newest submitted version (of the draft before the first submission). */
    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    /** What the court sees; null until the first submission. */
    @Column(name = "submitted_version")
    public Integer submittedVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** Whether the newest version is still being prepared (never seen by the court). */
    public boolean hasDraft() {
        return submittedVersion == null || latestVersion > submittedVersion;
    }
}
