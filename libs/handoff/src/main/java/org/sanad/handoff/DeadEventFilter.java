package org.sanad.handoff;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.sanad.core.http.QueryParams;

/**
 * Which dead events an operator lists or re-queues: of one hand-off type, to one destination,
 * refused with one HTTP status, parked as dead within a time range ({@code deadFrom} included,
 * {@code deadTo} not). Absent parts select everything.
 */
record DeadEventFilter(String type, String destination, Integer lastStatus, Instant deadFrom, Instant deadTo) {

    static DeadEventFilter of(String type, String destination, Integer lastStatus, String deadFrom, String deadTo) {
        return new DeadEventFilter(blankToNull(type), blankToNull(destination), lastStatus,
                QueryParams.instant(deadFrom, "deadFrom"), QueryParams.instant(deadTo, "deadTo"));
    }

    /** The Panache query of the dead events selected, its parameters put in {@code parameters}. */
    String where(Map<String, Object> parameters) {
        parameters.put("dead", OutboxEvent.Status.DEAD);
        StringBuilder query = new StringBuilder("status = :dead");
        and(query, parameters, "type = :type", "type", type);
        and(query, parameters, "destination = :destination", "destination", destination);
        and(query, parameters, "lastStatus = :lastStatus", "lastStatus", lastStatus);
        and(query, parameters, "deadAt >= :deadFrom", "deadFrom", deadFrom);
        and(query, parameters, "deadAt < :deadTo", "deadTo", deadTo);
        return query.toString();
    }

    Map<String, Object> describe() {
        Map<String, Object> described = new HashMap<>();
        where(described);
        described.remove("dead");
        return described;
    }

    private static void and(StringBuilder query, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            query.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
