package org.sanad.complaints.risk;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An alert raised for the people on duty about one complaint, until an officer acknowledges it.
 * Written by {@link RiskAlerts#raise} only (once per complaint, level and key); read and
 * acknowledged here.
 */
@Entity
@Table(name = "risk_alert")
public class RiskAlert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Column(nullable = false)
    public String governorate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DutyAlert.Level level;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public Set<DutyAlert.Reason> reasons = EnumSet.noneOf(DutyAlert.Reason.class);

    @Column(name = "alert_key", nullable = false)
    public String key;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** The acknowledging officer's token subject. */
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
