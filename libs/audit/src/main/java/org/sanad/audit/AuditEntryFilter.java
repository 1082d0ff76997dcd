package org.sanad.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanad.core.http.QueryParams;
import org.sanad.core.problem.ProblemException;

/**
 * Which audit entries an auditor reads: on one record, by one actor, of one action (its code, as
 * recorded), written within a time range ({@code from} included, {@code to} not). Absent parts
 * select everything.
 */
record AuditEntryFilter(String recordId, String actor, String action, Instant from, Instant to) {

    static AuditEntryFilter of(String recordId, String actor, String action, String from, String to) {
        Instant start = QueryParams.instant(from, "from");
        Instant end = QueryParams.instant(to, "to");
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.invalidField("to", "param.range.reversed");
        }
        return new AuditEntryFilter(recordId, actor, action, start, end);
    }

    /** The Panache conditions of the entries selected, their parameters put in {@code parameters}. */
    List<String> conditions(Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        and(conditions, parameters, "recordId = :recordId", "recordId", recordId);
        and(conditions, parameters, "actorSubject = :actor", "actor", actor);
        and(conditions, parameters, "action = :action", "action", action);
        and(conditions, parameters, "occurredAt >= :from", "from", from);
        and(conditions, parameters, "occurredAt < :to", "to", to);
        return conditions;
    }

    private static void and(List<String> conditions, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
