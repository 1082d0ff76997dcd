package org.sanad.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.officers.OfficerDirectory;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.api.ActionInput;
import org.sanad.cases.api.ActionView;
import org.sanad.cases.domain.ActionType;
import org.sanad.cases.domain.CaseAction;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.domain.Suspect;
import org.sanad.cases.mapping.CaseMapper;
import org.sanad.cases.rules.NoteTerms;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/**
 * The timeline of investigative actions. Recording an arrest also moves the case to "arrest
 * made" (from open, investigating or suspect identified), which the victims are told.
 */
@ApplicationScoped
public class ActionService {

    @Inject
    OfficerDirectory directory;

    @Inject
    NoteTerms noteTerms;

    @Inject
    CaseAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    CaseMapper mapper;

    @Inject
    CaseLifecycle lifecycle;

    @Transactional
    public ActionView record(UUID caseId, ActionInput input) {
        InvestigationCase investigation = access.loadToInvestigate(caseId, CasesAuditAction.CASE_ACTION_ADD);
        if (investigation.status == CaseStatus.CLOSED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "case.closed");
        }
        check(investigation, input);
        Instant now = Timestamps.now();
        CaseAction action = new CaseAction();
        action.id = UUID.randomUUID();
        action.caseId = investigation.id;
        action.type = input.type();
        action.occurredAt = input.occurredAt();
        action.recordedAt = now;
        action.officer = caller.subject();
        action.details = input.details();
        action.place = input.place();
        action.unit = input.unit();
        action.suspectId = input.suspectId();
        action.answersActionId = input.answersActionId();
        action.persist();
        if (input.details() != null && !input.details().isBlank()) {
            investigation.noteTerms = noteTerms.merge(investigation.noteTerms, input.details());
        }
        investigation.updatedAt = now;
        if (input.type() == ActionType.ARREST) {
            lifecycle.arrestRecorded(investigation, now);
        }
        audit.success(CasesAuditAction.CASE_ACTION_ADD, CasesAuditRecord.CASE, investigation.id);
        return mapper.toActionView(action, directory.names(List.of(action.officer)));
    }

    private static void check(InvestigationCase investigation, ActionInput input) {
        FieldViolations violations = new FieldViolations();
        if (input.type().isCourtRecord()) {
            violations.add("type", "action.court-record");
        }
        if (input.type() == ActionType.ARREST) {
            if (isBlank(input.place())) {
                violations.add("place", "action.arrest.place.required");
            }
            if (isBlank(input.unit())) {
                violations.add("unit", "action.arrest.unit.required");
            }
            if (input.suspectId() == null) {
                violations.add("suspectId", "action.arrest.suspect.required");
            }
        }
        if (input.suspectId() != null && Suspect.count("id = ?1 and caseId = ?2", input.suspectId(),
                investigation.id) == 0) {
            violations.add("suspectId", "action.suspect.unknown");
        }
        if (input.answersActionId() != null && CaseAction.count("id = ?1 and caseId = ?2", input.answersActionId(),
                investigation.id) == 0) {
            violations.add("answersActionId", "action.answers.unknown");
        }
        if (input.type() == ActionType.NOTE && isBlank(input.details())) {
            violations.add("details", "action.note.details.required");
        }
        violations.throwIfAny();
    }

    @Transactional
    public List<ActionView> timeline(UUID caseId) {
        InvestigationCase investigation = access.loadToWorkOn(caseId, CasesAuditAction.CASE_TIMELINE_READ);
        audit.success(CasesAuditAction.CASE_TIMELINE_READ, CasesAuditRecord.CASE, investigation.id);
        List<CaseAction> actions = CaseAction.list("caseId = ?1 order by occurredAt, recordedAt, id",
                investigation.id);
        Map<String, String> names = directory.names(actions.stream().map(a -> a.officer).toList());
        return actions.stream().map(a -> mapper.toActionView(a, names)).toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
