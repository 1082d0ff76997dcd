package org.sanad.cases.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A complaint linked to a case, with what the investigation needs of it. The victim's personal
 * data is not here: it stays in complaints-service, read there by authorised investigators.
 */
@Entity
@Table(name = "case_complaint")
public class CaseComplaint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Column(name = "tracking_number", nullable = false)
    public String trackingNumber;

    @Column(nullable = false)
    public String governorate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Column(name = "priority_score", nullable = false)
    public int priorityScore;

    @Column(name = "minor_victim", nullable = false)
    public boolean minorVictim;

    @Column(name = "self_harm_risk", nullable = false)
    public boolean selfHarmRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_officer_gender")
    public Gender requestedOfficerGender;

    /** Comma-separated, as complaints-service names them. */
    @Column(nullable = false)
    public String platforms;

    @Column(name = "threat_types", nullable = false)
    public String threatTypes;

    @Column(name = "demand_types", nullable = false)
    public String demandTypes;

    @Column(name = "money_amount", precision = 19, scale = 2)
    public BigDecimal moneyAmount;

    @Column(name = "money_currency")
    public String moneyCurrency;

    public Instant deadline;

    @Column(name = "accepted_at", nullable = false)
    public Instant acceptedAt;

    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;

    public static List<CaseComplaint> ofCase(UUID caseId) {
        return list("caseId = ?1 order by linkedAt, id", caseId);
    }
}
