package org.sanad.complaints.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.kernel.identifiers.IdentifierNormaliser;
import org.sanad.kernel.identifiers.UnrecognisedIdentifierException;
import org.sanad.core.paging.Page;
import org.sanad.core.paging.PriorityCursor;
import org.sanad.core.persistence.EnumLiterals;
import org.sanad.core.problem.ProblemException;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.complaints.api.ComplaintSummary;
import org.sanad.complaints.api.QueueSearch;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Escalation;
import org.sanad.complaints.domain.InvestigationStatus;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.ThreatType;
import org.sanad.complaints.mapping.ComplaintMapper;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;

/** The intake queue of a governorate: highest priority first, then oldest first. */
@ApplicationScoped
public class ComplaintQueue {

    @Inject
    GovernorateScope scope;

    public record Filter(String governorate, Set<ComplaintStatus> statuses, Priority priority, Platform platform,
            ThreatType threatType, Boolean minorVictim, Boolean selfHarmRisk, String victimPhone, String trackingNumber) {

        /** The filters of a search sent in a body; checked where the query parameters' are, in {@link #page}. */
        public static Filter of(QueueSearch search) {
            Set<ComplaintStatus> statuses = EnumSet.noneOf(ComplaintStatus.class);
            if (search.statuses() != null) {
                statuses.addAll(search.statuses());
            }
            return new Filter(search.governorate(), statuses,
                    search.priority(), search.platform(), search.threatType(), search.minorVictim(),
                    search.selfHarmRisk(), search.victimPhone(), search.trackingNumber());
        }
    }

    @Inject
    IntakeConfig config;

    @Inject
    ComplaintMapper mapper;

    @Inject
    IdentifierNormaliser normaliser;

    @Inject
    AuditLog audit;

    @Transactional
    public Page<ComplaintSummary> page(Filter filter, String after, int limit) {
        String governorate = governorateFor(filter.governorate());
        List<String> conditions = new ArrayList<>(List.of("c.governorate = :governorate"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("governorate", governorate);
        String phoneIndex = phoneIndex(filter.victimPhone());
        String trackingNumber = filter.trackingNumber() == null || filter.trackingNumber().isBlank() ? null
                : filter.trackingNumber().strip().toUpperCase(Locale.ROOT);
        // looking for one victim's complaints (by phone or reference) finds them whatever their status
        Set<ComplaintStatus> byDefault = phoneIndex == null && trackingNumber == null ? ComplaintStatus.OPEN
                : EnumSet.allOf(ComplaintStatus.class);
        // written as literals: a list parameter would cost a new query plan on every page
        conditions.add(EnumLiterals.in("c.status", filter.statuses().isEmpty() ? byDefault : filter.statuses()));
        if (phoneIndex != null) {
            // the phone is stored encrypted: its blind index is what can be compared
            conditions.add("c.victim.phoneIndex = :phoneIndex");
            parameters.put("phoneIndex", phoneIndex);
            audit.success(ComplaintsAuditAction.COMPLAINT_VICTIM_PHONE_SEARCH, ComplaintsAuditRecord.VICTIM_PHONE, phoneIndex);
        }
        if (trackingNumber != null) {
            conditions.add("c.trackingNumber = :trackingNumber");
            parameters.put("trackingNumber", trackingNumber);
        }
        if (filter.priority() != null) {
            conditions.add("c.priority = :priority");
            parameters.put("priority", filter.priority());
        }
        // the kinds are arrays of the enums' names: bound as the enum itself, Hibernate would send
        // the constant's ordinal (typed from the array's element), so the name is bound
        if (filter.platform() != null) {
            conditions.add("array_contains(c.platforms, :platform)");
            parameters.put("platform", filter.platform().name());
        }
        if (filter.threatType() != null) {
            conditions.add("array_contains(c.threatTypes, :threatType)");
            parameters.put("threatType", filter.threatType().name());
        }
        if (filter.minorVictim() != null) {
            conditions.add("c.victim.minor = :minor");
            parameters.put("minor", filter.minorVictim());
        }
        if (filter.selfHarmRisk() != null) {
            conditions.add("c.selfHarmRisk = :selfHarmRisk");
            parameters.put("selfHarmRisk", filter.selfHarmRisk());
        }
        if (after != null && !after.isBlank()) {
            conditions.add(PriorityCursor.decode(after, "after").condition("c", "submittedAt", false, parameters));
        }
        // a projection, not entities: a line of the list needs none of the encrypted fields, so
        // none is decrypted, and nothing is left in the persistence context to check at commit;
        // the platforms and threat types are arrays in the row, so the page is this one query
        String query = "select new " + Line.class.getName() + "(c.id, c.trackingNumber, c.status, "
                + "c.investigationStatus, c.priority, c.priorityScore, c.governorate, c.victim.minor, "
                + "c.victim.prefersSameGenderOfficer, c.selfHarmRisk, c.deadline, c.submittedAt, c.platforms, "
                + "c.threatTypes, c.triageDueAt, c.escalation) from Complaint c where "
                + String.join(" and ", conditions) + PriorityCursor.orderBy("c", "submittedAt", false);
        TypedQuery<Line> lines = Complaint.getEntityManager().createQuery(query, Line.class).setMaxResults(limit + 1);
        parameters.forEach(lines::setParameter);
        List<Line> found = lines.getResultList();
        return Page.of(found, limit, line -> new PriorityCursor(line.priorityScore(), line.submittedAt(), line.id()).encode(),
                Line::summary);
    }

    /** The columns of a complaint that a line of the queue shows. */
    public record Line(UUID id, String trackingNumber, ComplaintStatus status, InvestigationStatus investigationStatus,
            Priority priority, int priorityScore, String governorate, boolean minorVictim,
            boolean prefersSameGenderOfficer, boolean selfHarmRisk, Instant deadline, Instant submittedAt,
            Set<Platform> platforms, Set<ThreatType> threatTypes, Instant triageDueAt, Escalation escalation) {

        ComplaintSummary summary() {
            return new ComplaintSummary(id, trackingNumber, status, investigationStatus, priority, priorityScore,
                    governorate, new TreeSet<>(platforms), new TreeSet<>(threatTypes),
                    new ComplaintSummary.VictimFacts(minorVictim, prefersSameGenderOfficer), selfHarmRisk,
                    deadline, submittedAt, triageDueAt, escalation);
        }
    }

    private String phoneIndex(String victimPhone) {
        if (victimPhone == null || victimPhone.isBlank()) {
            return null;
        }
        try {
            return mapper.phoneIndex(normaliser.phone(victimPhone));
        } catch (UnrecognisedIdentifierException e) {
            throw ProblemException.invalidField("victimPhone", "queue.victim-phone.invalid");
        }
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
