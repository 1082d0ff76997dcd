package org.sanad.complaints.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.sanad.complaints.config.TriageConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.Priority;
import org.sanad.core.time.Timestamps;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * What operators watch of triage: how many untriaged complaints are past their deadline, by
 * priority ({@value #OVERDUE}, which the overdue-critical alert rule reads), how many complaints
 * were escalated, by level, and how many alerts were raised, by level and reason. The overdue count
 * is one indexed query, asked again when older than {@code triage.overdue-gauge-refresh} or after
 * an escalation run, not on every scrape. The counters count alerts told: after their transaction committed.
 */
@ApplicationScoped
public class RiskMetrics {

    static final String OVERDUE = "sanad.triage.overdue";
    static final String ESCALATIONS = "sanad.triage.escalations";
    static final String ALERTS = "sanad.risk.alerts";

    @Inject
    MeterRegistry registry;

    @Inject
    TriageConfig config;

    private volatile Snapshot overdue = new Snapshot(Instant.EPOCH, Map.of());

    private record Snapshot(Instant countedAt, Map<Priority, Long> byPriority) {
    }

    void register(@Observes StartupEvent started) {
        for (Priority priority : Priority.values()) {
            Gauge.builder(OVERDUE, this, metrics -> metrics.overdue(priority))
                    .description("Untriaged complaints (still SUBMITTED) past their triage deadline")
                    .tag("priority", priority.name()).register(registry);
        }
        // the counters at 0 from the start, so a rate over them is defined before the first alert
        for (DutyAlert.Level level : DutyAlert.Level.values()) {
            for (DutyAlert.Reason reason : DutyAlert.Reason.values()) {
                alerts(level, reason);
            }
            if (level != DutyAlert.Level.INTAKE) {
                escalations(level);
            }
        }
    }

    /** Counts an alert once its transaction committed: a filing or an escalation rolled back told no one. */
    void told(@Observes(during = TransactionPhase.AFTER_SUCCESS) DutyAlert alert) {
        for (DutyAlert.Reason reason : alert.reasons()) {
            alerts(alert.level(), reason).increment();
        }
        if (alert.level() != DutyAlert.Level.INTAKE) {
            escalations(alert.level()).increment();
        }
    }

    private Counter alerts(DutyAlert.Level level, DutyAlert.Reason reason) {
        return Counter.builder(ALERTS).description("Alerts raised for the people on duty, by level and reason")
                .tag("level", level.name()).tag("reason", reason.name()).register(registry);
    }

    private Counter escalations(DutyAlert.Level level) {
        return Counter.builder(ESCALATIONS).description("Untriaged complaints escalated past their deadline, by level")
                .tag("level", level.name()).register(registry);
    }

    /** Counts the overdue complaints again now. */
    public void refresh() {
        Instant now = Timestamps.now();
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> Complaint.getEntityManager()
                .createQuery("select c.priority, count(c) from Complaint c where c.triageDueAt <= :now group by c.priority",
                        Object[].class)
                .setParameter("now", now).getResultList());
        Map<Priority, Long> counts = new EnumMap<>(Priority.class);
        rows.forEach(row -> counts.put((Priority) row[0], (Long) row[1]));
        overdue = new Snapshot(now, counts);
    }

    double overdue(Priority priority) {
        if (Duration.between(overdue.countedAt(), Instant.now()).compareTo(config.overdueGaugeRefresh()) > 0) {
            refresh();
        }
        return overdue.byPriority().getOrDefault(priority, 0L);
    }
}
