package org.sanad.complaints.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.audit.AuditLog;
import org.sanad.complaints.access.AlertAccess;
import org.sanad.complaints.api.RiskAlertView;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.Priority;
import org.sanad.core.identity.Caller;
import org.sanad.core.paging.Page;
import org.sanad.core.paging.TimeCursor;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.time.Timestamps;

/**
 * Alerts to the people on duty: raised once per complaint, level and key (the row is the proof it
 * was raised, and its unique key what stops a second replica), announced as a {@link DutyAlert} in
 * the raising transaction, listed to the officers who must act, acknowledged by one of them.
 */
@ApplicationScoped
public class RiskAlerts {

    /** The key of the alert a filing with risk signals raises. */
    public static final String FILED = "risk-filed";

    @Inject
    AuditLog audit;

    @Inject
    Event<DutyAlert> dutyAlerts;

    @Inject
    AlertAccess access;

    @Inject
    Caller caller;

    /**
     * Raises the alert {@code key} of {@code level} for the complaint, in the caller's transaction,
     * and tells the people on duty; nothing when it was raised already (by this or another replica).
     */
    @Transactional(TxType.MANDATORY)
    public void raise(Complaint complaint, DutyAlert.Level level, Set<DutyAlert.Reason> reasons, String key,
            Instant now) {
        // the complaint's row must be there for the alert's to reference it
        Complaint.flush();
        UUID id = UUID.randomUUID();
        int inserted = Complaint.getEntityManager().createNativeQuery("""
                insert into risk_alert (id, complaint_id, governorate, level, reasons, alert_key, raised_at)
                values (:id, :complaint, :governorate, :level, string_to_array(:reasons, ',')::varchar[], :key, :at)
                on conflict (complaint_id, level, alert_key) do nothing""")
                .setParameter("id", id)
                .setParameter("complaint", complaint.id)
                .setParameter("governorate", complaint.governorate)
                .setParameter("level", level.name())
                .setParameter("reasons", EnumSet.copyOf(reasons).stream().map(Enum::name).collect(Collectors.joining(",")))
                .setParameter("key", key)
                .setParameter("at", now)
                .executeUpdate();
        if (inserted == 1) {
            audit.system(ComplaintsAuditAction.RISK_ALERT_RAISE, ComplaintsAuditRecord.RISK_ALERT, id);
            dutyAlerts.fire(new DutyAlert(complaint.id, complaint.trackingNumber, complaint.governorate, level,
                    Set.copyOf(reasons), key));
        }
    }

    /**
     * The alerts the calling officer must see, newest first: those of the governorate they serve
     * (INTAKE and SUPERVISOR), or for the national unit every governorate's (or the one it names),
     * NATIONAL ones too.
     */
    @Transactional
    public Page<RiskAlertView> page(String governorate, boolean acknowledged, String after, int limit) {
        String scope = access.listScope(governorate);
        List<String> conditions = new ArrayList<>(List.of("c.id = a.complaintId",
                "a.acknowledgedAt is " + (acknowledged ? "not null" : "null")));
        Map<String, Object> parameters = new HashMap<>();
        if (scope != null) {
            conditions.add("a.governorate = :governorate");
            parameters.put("governorate", scope);
        }
        if (!access.seesNationalAlerts()) {
            conditions.add("a.level <> :national");
            parameters.put("national", DutyAlert.Level.NATIONAL);
        }
        if (after != null && !after.isBlank()) {
            TimeCursor cursor = TimeCursor.decode(after, "after");
            conditions.add("(a.raisedAt < :at or (a.raisedAt = :at and a.id < :id))");
            parameters.put("at", cursor.at());
            parameters.put("id", cursor.id());
        }
        String query = "select new " + Line.class.getName() + "(a.id, a.complaintId, c.trackingNumber, a.governorate, "
                + "a.level, a.reasons, c.priority, a.raisedAt, c.triageDueAt, a.acknowledgedAt, a.acknowledgedBy) "
                + "from RiskAlert a, Complaint c where " + String.join(" and ", conditions)
                + " order by a.raisedAt desc, a.id desc";
        TypedQuery<Line> lines = RiskAlert.getEntityManager().createQuery(query, Line.class).setMaxResults(limit + 1);
        parameters.forEach(lines::setParameter);
        return Page.of(lines.getResultList(), limit, line -> new TimeCursor(line.raisedAt(), line.id()).encode(),
                Line::view);
    }

    /** The columns of an alert and its complaint that a line of the list shows. */
    public record Line(UUID id, UUID complaintId, String trackingNumber, String governorate, DutyAlert.Level level,
            Set<DutyAlert.Reason> reasons, Priority priority, Instant raisedAt, Instant triageDueAt,
            Instant acknowledgedAt, String acknowledgedBy) {

        RiskAlertView view() {
            return new RiskAlertView(id, complaintId, trackingNumber, governorate, level, new TreeSet<>(reasons),
                    priority, raisedAt, triageDueAt, acknowledgedAt, acknowledgedBy);
        }
    }

    /** The calling officer has seen the alert and acts on it; a second acknowledgement is a 409. */
    @Transactional
    public RiskAlertView acknowledge(UUID id) {
        // locked: of two officers acknowledging at once, the second waits, then is told the first did
        RiskAlert alert = RiskAlert.<RiskAlert> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("alert.not-found"));
        access.requireAcknowledge(alert, ComplaintsAuditAction.RISK_ALERT_ACKNOWLEDGE);
        if (alert.isAcknowledged()) {
            throw new ProblemException(ProblemType.CONFLICT, "alert.already-acknowledged", alert.acknowledgedBy);
        }
        alert.acknowledgedAt = Timestamps.now();
        alert.acknowledgedBy = caller.subject();
        audit.success(ComplaintsAuditAction.RISK_ALERT_ACKNOWLEDGE, ComplaintsAuditRecord.RISK_ALERT, alert.id);
        return view(alert, Complaint.findById(alert.complaintId));
    }

    private static RiskAlertView view(RiskAlert alert, Complaint complaint) {
        return new RiskAlertView(alert.id, alert.complaintId, complaint.trackingNumber, alert.governorate, alert.level,
                new TreeSet<>(alert.reasons), complaint.priority, alert.raisedAt, complaint.triageDueAt,
                alert.acknowledgedAt, alert.acknowledgedBy);
    }
}
