package org.sanad.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.kernel.identifiers.UnrecognisedIdentifierException;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.api.IdentifierInput;
import org.sanad.cases.api.SuspectInput;
import org.sanad.cases.api.SuspectView;
import org.sanad.cases.domain.IdentifierSource;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.domain.Suspect;
import org.sanad.cases.mapping.CaseMapper;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/** Suspects of a case and their identifiers, which join the correlation index. */
@ApplicationScoped
public class SuspectService {

    @Inject
    CaseAccess access;

    @Inject
    IdentifierIndex index;

    @Inject
    CaseMapper mapper;

    @Inject
    AuditLog audit;

    @Transactional
    public SuspectView add(UUID caseId, SuspectInput input) {
        InvestigationCase investigation = access.loadToInvestigate(caseId, CasesAuditAction.CASE_SUSPECT_ADD);
        List<IdentifierInput> identifiers = input.identifiers() == null ? List.of() : input.identifiers();
        FieldViolations violations = new FieldViolations();
        for (int i = 0; i < identifiers.size(); i++) {
            try {
                index.normalise(identifiers.get(i).type(), identifiers.get(i).value());
            } catch (UnrecognisedIdentifierException e) {
                violations.add("identifiers[" + i + "].value", e.getMessage());
            }
        }
        violations.throwIfAny();

        Instant now = Timestamps.now();
        Suspect suspect = new Suspect();
        suspect.id = UUID.randomUUID();
        suspect.caseId = investigation.id;
        suspect.displayName = input.displayName().strip();
        suspect.aliases = input.aliases() == null ? null
                : String.join(",", input.aliases().stream().map(a -> a.replace(',', ' ').strip()).toList());
        suspect.notes = input.notes();
        suspect.createdAt = now;
        suspect.persist();
        var indexed = index.add(investigation.id, IdentifierSource.SUSPECT, suspect.id,
                identifiers.stream().map(i -> new IdentifierIndex.Entry(i.type(), i.value())).toList(), now);
        investigation.updatedAt = now;
        audit.success(CasesAuditAction.CASE_SUSPECT_ADD, CasesAuditRecord.CASE, investigation.id);
        return mapper.toSuspectView(suspect, indexed);
    }

    @Transactional
    public List<SuspectView> list(UUID caseId) {
        InvestigationCase investigation = access.loadToWorkOn(caseId, CasesAuditAction.CASE_SUSPECT_LIST);
        audit.success(CasesAuditAction.CASE_SUSPECT_LIST, CasesAuditRecord.CASE, investigation.id);
        return Suspect.<Suspect> list("caseId = ?1 order by createdAt, id", investigation.id).stream()
                .map(s -> mapper.toSuspectView(s, IdentifierIndex.ofSource(investigation.id, s.id)))
                .toList();
    }
}
