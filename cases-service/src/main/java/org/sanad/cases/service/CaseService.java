package org.sanad.cases.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.http.Versions;
import org.sanad.commons.paging.PriorityCursor;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.commons.security.Caller;
import org.sanad.commons.security.Roles;
import org.sanad.commons.time.Timestamps;
import org.sanad.cases.api.AssignmentInput;
import org.sanad.cases.api.CasePage;
import org.sanad.cases.api.CaseView;
import org.sanad.cases.api.StatusInput;
import org.sanad.cases.config.CasesConfig;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.domain.Priority;
import org.sanad.cases.mapping.CaseMapper;

/** Cases: lists, reading, assignment and status. */
@ApplicationScoped
public class CaseService {

    public record Filter(String governorate, Set<CaseStatus> statuses, Priority priority, String unit,
            String assignee, String text) {
    }

    @Inject
    CaseAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    CaseMapper mapper;

    @Inject
    CaseAnnouncer announcer;

    @Inject
    CasesConfig config;

    @Transactional
    public CasePage page(Filter filter, String after, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String governorate = scopeOf(filter.governorate());
        if (governorate != null) {
            conditions.add("c.governorate = :governorate");
            parameters.put("governorate", governorate);
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("c.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.priority() != null) {
            conditions.add("c.priority = :priority");
            parameters.put("priority", filter.priority());
        }
        if (filter.unit() != null && !filter.unit().isBlank()) {
            conditions.add("c.owningUnit = :unit");
            parameters.put("unit", filter.unit().strip());
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            conditions.add("c.leadInvestigator = :assignee");
            parameters.put("assignee", filter.assignee().strip());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("c.searchText like :text");
            parameters.put("text", "%" + ArabicText.fold(filter.text().strip())
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (after != null && !after.isBlank()) {
            PriorityCursor cursor = PriorityCursor.decode(after, "after");
            conditions.add("(c.priorityScore < :score or (c.priorityScore = :score and (c.createdAt < :at"
                    + " or (c.createdAt = :at and c.id > :id))))");
            parameters.put("score", cursor.priorityScore());
            parameters.put("at", cursor.at());
            parameters.put("id", cursor.id());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<InvestigationCase> found = InvestigationCase.<InvestigationCase> find(
                "from InvestigationCase c" + where + " order by c.priorityScore desc, c.createdAt desc, c.id", parameters)
                .page(0, limit + 1).list();
        boolean more = found.size() > limit;
        List<InvestigationCase> page = more ? found.subList(0, limit) : found;
        String next = null;
        if (more) {
            InvestigationCase last = page.get(page.size() - 1);
            next = new PriorityCursor(last.priorityScore, last.createdAt, last.id).encode();
        }
        return new CasePage(page.stream().map(mapper::toSummary).toList(), next);
    }

    /** Officers are held to their governorate; national units see all or the one they name. */
    private String scopeOf(String requested) {
        String own = caller.governorate().orElseThrow(() -> ProblemException.forbidden("officer.no-governorate"));
        if (requested != null && !requested.isBlank()) {
            if (!config.governorates().contains(requested)) {
                throw ProblemException.invalidField("governorate", "case.governorate.unknown");
            }
            if (!caller.servesGovernorate(requested)) {
                throw ProblemException.forbidden("case.outside-governorate");
            }
            return requested;
        }
        return caller.isNational() ? null : own;
    }

    @Transactional
    public CaseView read(UUID id) {
        InvestigationCase investigation = access.loadFor(id, AuditRecords.READ, CaseAccess.CASEWORKERS);
        audit.success(AuditRecords.READ, AuditRecords.CASE, investigation.id);
        return mapper.toView(investigation);
    }

    @Transactional
    public CaseView assign(UUID id, String ifMatch, AssignmentInput assignment) {
        long expected = Versions.expected(ifMatch);
        InvestigationCase investigation = access.loadFor(id, AuditRecords.ASSIGN, Set.of(Roles.SUPERVISOR));
        Versions.check(expected, investigation.version);
        if (investigation.status == CaseStatus.CLOSED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "case.closed");
        }
        investigation.leadInvestigator = assignment.leadInvestigator().strip();
        investigation.leadInvestigatorGender = assignment.leadInvestigatorGender();
        if (assignment.owningUnit() != null && !assignment.owningUnit().isBlank()) {
            investigation.owningUnit = assignment.owningUnit().strip();
        }
        investigation.updatedAt = Timestamps.now();
        audit.success(AuditRecords.ASSIGN, AuditRecords.CASE, investigation.id);
        InvestigationCase.flush();
        return mapper.toView(investigation);
    }

    @Transactional
    public CaseView changeStatus(UUID id, String ifMatch, StatusInput change) {
        long expected = Versions.expected(ifMatch);
        InvestigationCase investigation = access.loadFor(id, AuditRecords.STATUS, CaseAccess.CASEWORKERS);
        Versions.check(expected, investigation.version);
        if (change.status() == CaseStatus.CLOSED && change.closureReason() == null) {
            throw ProblemException.invalidField("closureReason", "case.closure-reason.required");
        }
        if (change.status() != CaseStatus.CLOSED && change.closureReason() != null) {
            throw ProblemException.invalidField("closureReason", "case.closure-reason.only-when-closing");
        }
        move(investigation, change.status(), Timestamps.now());
        if (change.status() == CaseStatus.CLOSED) {
            investigation.closureReason = change.closureReason();
            investigation.closureNote = change.note() == null ? null : change.note().strip();
        }
        audit.success(AuditRecords.STATUS, AuditRecords.CASE, investigation.id);
        InvestigationCase.flush();
        return mapper.toView(investigation);
    }

    /** Moves the case if its life cycle allows and tells the victims. */
    void move(InvestigationCase investigation, CaseStatus next, Instant now) {
        if (!investigation.status.canMoveTo(next)) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "case.transition.illegal",
                    investigation.status, next);
        }
        investigation.status = next;
        investigation.updatedAt = now;
        announcer.announce(investigation, now);
    }
}
