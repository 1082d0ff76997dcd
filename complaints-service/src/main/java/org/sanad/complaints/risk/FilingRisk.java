package org.sanad.complaints.risk;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.complaints.domain.Complaint;

/**
 * A complaint filed at risk reaches the people on duty at once, in the filing's transaction: its
 * governorate's intake officers see an alert (GET /alerts) and its duty contact is told.
 */
@ApplicationScoped
public class FilingRisk {

    @Inject
    RiskAlerts alerts;

    /** Raises the filing's INTAKE alert when it carries risk signals; answers them (empty: none, nothing raised). */
    @Transactional(TxType.MANDATORY)
    public List<RiskSignal> alertOnDuty(Complaint complaint, Instant filedAt) {
        List<RiskSignal> signals = RiskSignals.of(complaint, filedAt);
        if (!signals.isEmpty()) {
            Set<DutyAlert.Reason> reasons = EnumSet.noneOf(DutyAlert.Reason.class);
            signals.forEach(signal -> reasons.add(signal.reason()));
            alerts.raise(complaint, DutyAlert.Level.INTAKE, reasons, RiskAlerts.FILED, filedAt);
        }
        return signals;
    }
}
