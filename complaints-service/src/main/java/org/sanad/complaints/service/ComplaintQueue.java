package org.sanad.complaints.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.paging.Page;
import org.sanad.commons.paging.PriorityCursor;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.security.GovernorateScope;
import org.sanad.complaints.api.ComplaintSummary;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.ThreatType;
import org.sanad.complaints.mapping.ComplaintMapper;

/** The intake queue of a governorate: highest priority first, then oldest first. */
@ApplicationScoped
public class ComplaintQueue {

    @Inject
    GovernorateScope scope;

    public record Filter(String governorate, Set<ComplaintStatus> statuses, Priority priority, Platform platform,
            ThreatType threatType, Boolean minorVictim) {
    }


    @Inject
    IntakeConfig config;

    @Inject
    ComplaintMapper mapper;

    @Transactional
    public Page<ComplaintSummary> page(Filter filter, String after, int limit) {
        String governorate = governorateFor(filter.governorate());
        List<String> conditions = new ArrayList<>(List.of("c.governorate = :governorate", "c.status in :statuses"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("governorate", governorate);
        parameters.put("statuses", filter.statuses().isEmpty() ? ComplaintStatus.OPEN : EnumSet.copyOf(filter.statuses()));
        if (filter.priority() != null) {
            conditions.add("c.priority = :priority");
            parameters.put("priority", filter.priority());
        }
        if (filter.platform() != null) {
            conditions.add(":platform member of c.platforms");
            parameters.put("platform", filter.platform());
        }
        if (filter.threatType() != null) {
            conditions.add(":threatType member of c.threatTypes");
            parameters.put("threatType", filter.threatType());
        }
        if (filter.minorVictim() != null) {
            conditions.add("c.victim.minor = :minor");
            parameters.put("minor", filter.minorVictim());
        }
        if (after != null && !after.isBlank()) {
            conditions.add(PriorityCursor.decode(after, "after").condition("c", "submittedAt", false, parameters));
        }
        String query = "from Complaint c where " + String.join(" and ", conditions)
                + PriorityCursor.orderBy("c", "submittedAt", false);
        List<Complaint> found = Complaint.<Complaint> find(query, parameters).range(0, limit).list();
        return Page.of(found, limit, c -> new PriorityCursor(c.priorityScore, c.submittedAt, c.id).encode(),
                mapper::toSummary);
    }

    /**
     * Officers see their own governorate's queue, which is also the default; national units name
     * the governorate they want to look at.
     */
    private String governorateFor(String requested) {
        String governorate = scope.listScope(requested);
        if (governorate == null) {
            throw ProblemException.invalidField("governorate", "queue.governorate.required");
        }
        return governorate;
    }
}
