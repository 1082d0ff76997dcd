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

import org.sanad.commons.paging.PriorityCursor;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.security.Caller;
import org.sanad.complaints.api.ComplaintPage;
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

    public record Filter(String governorate, Set<ComplaintStatus> statuses, Priority priority, Platform platform,
            ThreatType threatType, Boolean minorVictim) {
    }

    @Inject
    Caller caller;

    @Inject
    IntakeConfig config;

    @Inject
    ComplaintMapper mapper;

    @Transactional
    public ComplaintPage page(Filter filter, String after, int limit) {
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
            PriorityCursor cursor = PriorityCursor.decode(after, "after");
            conditions.add("(c.priorityScore < :score or (c.priorityScore = :score and (c.submittedAt > :submittedAt"
                    + " or (c.submittedAt = :submittedAt and c.id > :id))))");
            parameters.put("score", cursor.priorityScore());
            parameters.put("submittedAt", cursor.at());
            parameters.put("id", cursor.id());
        }
        String query = "from Complaint c where " + String.join(" and ", conditions)
                + " order by c.priorityScore desc, c.submittedAt, c.id";
        List<Complaint> found = Complaint.<Complaint> find(query, parameters).page(0, limit + 1).list();
        boolean more = found.size() > limit;
        List<Complaint> page = more ? found.subList(0, limit) : found;
        String next = null;
        if (more) {
            Complaint last = page.get(page.size() - 1);
            next = new PriorityCursor(last.priorityScore, last.submittedAt, last.id).encode();
        }
        return new ComplaintPage(page.stream().map(mapper::toSummary).toList(), next);
    }

    /**
     * Officers see their own governorate's queue, which is also the default; national units name
     * the governorate they want to look at.
     */
    private String governorateFor(String requested) {
        String own = caller.governorate().orElseThrow(() -> ProblemException.forbidden("officer.no-governorate"));
        if (requested == null || requested.isBlank()) {
            if (caller.isNational()) {
                throw ProblemException.invalidField("governorate", "queue.governorate.required");
            }
            return own;
        }
        if (!config.governorates().contains(requested)) {
            throw ProblemException.invalidField("governorate", "intake.governorate.unknown");
        }
        if (!caller.servesGovernorate(requested)) {
            throw ProblemException.forbidden("complaint.outside-governorate");
        }
        return requested;
    }
}
