package org.sanad.cases.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.paging.Page;
import org.sanad.core.paging.PriorityCursor;
import org.sanad.core.persistence.EnumLiterals;
import org.sanad.officers.Officer;
import org.sanad.officers.OfficerDirectory;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.kernel.security.Roles;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.api.AssignmentInput;
import org.sanad.cases.api.CaseSummary;
import org.sanad.cases.api.CaseView;
import org.sanad.cases.api.StatusInput;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.CorrelationFlag;
import org.sanad.cases.domain.FlagStatus;
import org.sanad.cases.domain.Gender;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.domain.Priority;
import org.sanad.cases.mapping.CaseMapper;
import org.sanad.cases.rules.ArabicText;
import org.sanad.cases.rules.NoteTerms;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/** Cases: lists, reading, assignment and status. */
@ApplicationScoped
public class CaseService {

    @Inject
    OfficerDirectory directory;

    @Inject
    GovernorateScope scope;

    @Inject
    CaseLifecycle lifecycle;

    /** {@code number}: a case number exactly (letter case aside), how an officer finds a case named to them. */
    public record Filter(String governorate, Set<CaseStatus> statuses, Priority priority, String unit,
            String assignee, String text, String number) {
    }

    @Inject
    CaseAccess access;


    @Inject
    AuditLog audit;

    @Inject
    CaseMapper mapper;

    @Inject
    NoteTerms noteTerms;


    @Transactional
    public Page<CaseSummary> page(Filter filter, String after, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String governorate = scope.listScope(filter.governorate());
        if (governorate != null) {
            conditions.add("c.governorate = :governorate");
            parameters.put("governorate", governorate);
        }
        if (!filter.statuses().isEmpty()) {
            // written as literals: a list parameter would cost a new query plan on every page
            conditions.add(EnumLiterals.in("c.status", filter.statuses()));
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
        if (filter.number() != null && !filter.number().isBlank()) {
            conditions.add("c.caseNumber = :number");
            parameters.put("number", filter.number().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String title = "c.searchText like :text";
            parameters.put("text", "%" + ArabicText.fold(filter.text().strip())
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            List<String> words = noteTerms.of(filter.text());
            if (words.isEmpty()) {
                conditions.add(title);
            } else {
                // notes are encrypted: their words are compared by blind index, whole words only
                conditions.add("(" + title + " or array_includes(c.noteTerms, :words))");
                parameters.put("words", words.toArray(String[]::new));
            }
        }
        if (after != null && !after.isBlank()) {
            conditions.add(PriorityCursor.decode(after, "after").condition("c", "createdAt", true, parameters));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        // a projection, not entities: a line of the list needs none of the case's encrypted notes, so
        // none is decrypted, and nothing is left in the persistence context to check at commit
        TypedQuery<CaseSummary> lines = InvestigationCase.getEntityManager().createQuery("select new "
                + CaseSummary.class.getName() + "(c.id, c.caseNumber, c.title, c.governorate, c.owningUnit, "
                + "c.leadInvestigator, c.priority, c.priorityScore, c.status, c.createdAt) from InvestigationCase c" + where
                + PriorityCursor.orderBy("c", "createdAt", true), CaseSummary.class).setMaxResults(limit + 1);
        parameters.forEach(lines::setParameter);
        return Page.of(lines.getResultList(), limit,
                c -> new PriorityCursor(c.priorityScore(), c.createdAt(), c.id()).encode(), Function.identity());
    }

    @Transactional
    public CaseView read(UUID id) {
        InvestigationCase investigation = access.loadToWorkOn(id, CasesAuditAction.CASE_READ);
        audit.success(CasesAuditAction.CASE_READ, CasesAuditRecord.CASE, investigation.id);
        return view(investigation);
    }

    @Transactional
    public CaseView assign(UUID id, long expectedVersion, AssignmentInput assignment) {
        InvestigationCase investigation = access.loadToSupervise(id, CasesAuditAction.CASE_ASSIGN);
        investigation.claimVersion(expectedVersion);
        if (investigation.status == CaseStatus.CLOSED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "case.closed");
        }
        Officer lead = investigatorOf(investigation, assignment.leadInvestigator().strip());
        investigation.leadInvestigator = lead.subject;
        investigation.leadInvestigatorGender = assignment.leadInvestigatorGender() != null
                ? assignment.leadInvestigatorGender() : Gender.of(lead.gender);
        if (assignment.owningUnit() != null && !assignment.owningUnit().isBlank()) {
            investigation.owningUnit = assignment.owningUnit().strip();
        }
        investigation.updatedAt = Timestamps.now();
        audit.success(CasesAuditAction.CASE_ASSIGN, CasesAuditRecord.CASE, investigation.id);
        InvestigationCase.flush();
        return view(investigation);
    }

    @Transactional
    public CaseView changeStatus(UUID id, long expectedVersion, StatusInput change) {
        InvestigationCase investigation = access.loadToWorkOn(id, CasesAuditAction.CASE_STATUS);
        investigation.claimVersion(expectedVersion);
        if (change.status() == CaseStatus.CLOSED && change.closureReason() == null) {
            throw ProblemException.invalidField("closureReason", "case.closure-reason.required");
        }
        if (change.status() != CaseStatus.CLOSED && change.closureReason() != null) {
            throw ProblemException.invalidField("closureReason", "case.closure-reason.only-when-closing");
        }
        lifecycle.move(investigation, change.status(), Timestamps.now());
        if (change.status() == CaseStatus.CLOSED) {
            investigation.closureReason = change.closureReason();
            investigation.closureNote = change.note() == null ? null : change.note().strip();
        }
        audit.success(CasesAuditAction.CASE_STATUS, CasesAuditRecord.CASE, investigation.id);
        InvestigationCase.flush();
        return view(investigation);
    }

    private CaseView view(InvestigationCase investigation) {
        return mapper.toView(investigation, CaseComplaint.ofCase(investigation.id),
                CorrelationFlag.count("caseId = ?1 and status = ?2", investigation.id, FlagStatus.OPEN),
                directory.names(investigation.leadInvestigator == null ? List.of() : List.of(investigation.leadInvestigator)));
    }

    /** The lead must be an investigator the directory knows, serving the case's governorate (or national). */
    private Officer investigatorOf(InvestigationCase investigation, String subject) {
        return directory.find(subject)
                .filter(o -> Arrays.asList(o.roles.split(",")).contains(Roles.INVESTIGATOR))
                .filter(o -> investigation.governorate.equals(o.governorate) || Caller.NATIONAL.equals(o.governorate))
                .orElseThrow(() -> ProblemException.invalidField("leadInvestigator", "assignment.investigator.unknown"));
    }
}
