package org.sanad.complaints.risk;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.complaints.domain.Complaint;

/**
 * A complaint at risk reaches the people on duty at once, in the transaction that shows the risk:
 * its governorate's intake officers see an alert (GET /alerts) and its duty contact is told. That
 * is its filing, or a filer's supplement that adds a signal the complaint did not carry.
 */
@ApplicationScoped
public class RiskSignalAlerts {

    @Inject
    RiskAlerts alerts;

    /** Raises the filing's INTAKE alert when it carries risk signals; answers them (empty: none, nothing raised). */
    @Transactional(TxType.MANDATORY)
    public List<RiskSignal> atFiling(Complaint complaint, Instant filedAt) {
        List<RiskSignal> signals = RiskSignals.of(complaint, filedAt);
        if (!signals.isEmpty()) {
            alerts.raise(complaint, DutyAlert.Level.INTAKE, reasons(signals), RiskAlerts.FILED, filedAt);
        }
        return signals;
    }

    /**
     * After a supplement at {@code now}: raises an INTAKE alert for the signals the complaint carries
     * now and did not {@code before}, once per set of signals added (key {@code risk-added-<SIGNALS>}).
     */
    @Transactional(TxType.MANDATORY)
    public void added(Complaint complaint, List<RiskSignal> before, Instant now) {
        List<RiskSignal> added = RiskSignals.of(complaint, now).stream().filter(signal -> !before.contains(signal)).toList();
        if (!added.isEmpty()) {
            String key = "risk-added-" + added.stream().map(Enum::name).collect(Collectors.joining("-"));
            alerts.raise(complaint, DutyAlert.Level.INTAKE, reasons(added), key, now);
        }
    }

    private static Set<DutyAlert.Reason> reasons(List<RiskSignal> signals) {
        Set<DutyAlert.Reason> reasons = EnumSet.noneOf(DutyAlert.Reason.class);
        signals.forEach(signal -> reasons.add(signal.reason()));
        return reasons;
    }
}
