package org.sanad.audit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sanad.core.paging.Page;
import org.sanad.core.problem.ProblemException;

import io.quarkus.panache.common.Sort;

/** Reading the audit log, newest first, for auditors. */
@ApplicationScoped
public class AuditTrail {

    @Transactional
    public Page<AuditResource.AuditEntryView> read(AuditEntryFilter filter, String after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = filter.conditions(parameters);
        if (after != null) {
            conditions.add("id < :after");
            parameters.put("after", cursor(after));
        }
        List<AuditEntry> entries = AuditEntry.<AuditEntry> find(String.join(" and ", conditions), Sort.descending("id"),
                parameters).range(0, limit).list();
        return Page.of(entries, limit, e -> String.valueOf(e.id), AuditTrail::view);
    }

    private static long cursor(String after) {
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("after", "paging.cursor.invalid");
        }
    }

    private static AuditResource.AuditEntryView view(AuditEntry e) {
        return new AuditResource.AuditEntryView(e.id, e.occurredAt, e.actorSubject,
                Arrays.asList(e.actorRoles.split(",")), e.action, e.recordType, e.recordId, e.outcome);
    }
}
