package org.sanad.cases.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.api.FlagView;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.CaseIdentifier;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.CorrelationFlag;
import org.sanad.cases.domain.FlagStatus;
import org.sanad.cases.domain.IdentifierSource;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.handoff.CaseAnnouncer;
import org.sanad.cases.mapping.CaseMapper;
import org.sanad.cases.rules.CaseLinks;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/**
 * One extortionist, many victims: an arriving complaint that shares an identifier with another
 * open case flags both, and an investigator links the complaint into that case or dismisses it.
 */
@ApplicationScoped
public class CorrelationService {

    @Inject
    EntityManager entityManager;

    @Inject
    CaseAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    IdentifierIndex index;

    @Inject
    CaseMapper mapper;

    @Inject
    CaseAnnouncer announcer;

    /**
     * Flags every other open case that knows one of the complaint's identifiers, once, naming the
     * first of its identifiers the case knows. A query per identifier finds the cases, two more
     * leave out those the complaint is linked to or already flagged on, and the flags are written
     * in one batch: the round trips do not grow with the number of cases an extortionist touched.
     */
    public void flagMatches(InvestigationCase complaintCase, UUID complaintId, List<CaseIdentifier> identifiers,
            Instant now) {
        Map<UUID, CaseIdentifier> matched = new LinkedHashMap<>();
        for (CaseIdentifier identifier : identifiers) {
            entityManager.createQuery("""
                    select distinct i.caseId from CaseIdentifier i, InvestigationCase c
                    where c.id = i.caseId and c.status <> :closed and i.caseId <> :own
                      and i.type = :type and i.normalisedValue = :value""", UUID.class)
                    .setParameter("closed", CaseStatus.CLOSED)
                    .setParameter("own", complaintCase.id)
                    .setParameter("type", identifier.type)
                    .setParameter("value", identifier.normalisedValue)
                    .getResultList()
                    .forEach(caseId -> matched.putIfAbsent(caseId, identifier));
        }
        if (matched.isEmpty()) {
            return;
        }
        Set<UUID> known = new HashSet<>(entityManager.createQuery(
                "select l.caseId from CaseComplaint l where l.complaintId = :complaint and l.caseId in :cases", UUID.class)
                .setParameter("complaint", complaintId).setParameter("cases", matched.keySet()).getResultList());
        known.addAll(entityManager.createQuery(
                "select f.caseId from CorrelationFlag f where f.complaintId = :complaint and f.caseId in :cases", UUID.class)
                .setParameter("complaint", complaintId).setParameter("cases", matched.keySet()).getResultList());
        matched.forEach((caseId, identifier) -> {
            if (!known.contains(caseId)) {
                CorrelationFlag flag = new CorrelationFlag();
                flag.id = UUID.randomUUID();
                flag.caseId = caseId;
                flag.complaintId = complaintId;
                flag.complaintCaseId = complaintCase.id;
                flag.identifierType = identifier.type;
                flag.normalisedValue = identifier.normalisedValue;
                flag.status = FlagStatus.OPEN;
                flag.createdAt = now;
                flag.persist();
            }
        });
    }

    /** Flags raised on the case, and flags on complaints of the case pointing elsewhere. */
    @Transactional
    public List<FlagView> flagsOf(UUID caseId) {
        InvestigationCase investigation = access.loadToWorkOn(caseId, CasesAuditAction.CASE_CORRELATION_LIST);
        audit.success(CasesAuditAction.CASE_CORRELATION_LIST, CasesAuditRecord.CASE, investigation.id);
        List<CorrelationFlag> flags = CorrelationFlag.list("caseId = ?1 or complaintCaseId = ?1 order by createdAt, id",
                investigation.id);
        Map<UUID, String> numbers = caseNumbers(flags);
        return flags.stream().map(f -> mapper.toFlagView(f, numbers)).toList();
    }

    /** Links the flagged complaint into the flagged case (it stays in its own case too). */
    @Transactional
    public FlagView link(UUID caseId, UUID flagId) {
        CorrelationFlag flag = openFlag(caseId, flagId);
        InvestigationCase target = access.load(flag.caseId);
        CaseComplaint original = CaseComplaint.<CaseComplaint> find("caseId = ?1 and complaintId = ?2",
                flag.complaintCaseId, flag.complaintId).firstResult();
        Instant now = Timestamps.now();
        CaseComplaint link = CaseLinks.copyTo(original, target.id, now);
        link.persist();
        List<IdentifierIndex.Entry> entries = IdentifierIndex.ofSource(flag.complaintCaseId, flag.complaintId).stream()
                .map(i -> new IdentifierIndex.Entry(i.type, i.rawValue)).toList();
        index.add(target.id, IdentifierSource.COMPLAINT, flag.complaintId, entries, now);
        CaseLinks.raisePriority(target, link);
        target.updatedAt = now;
        decide(flag, FlagStatus.LINKED, now);
        announcer.announce(target, List.of(flag.complaintId), now);
        return mapper.toFlagView(flag, caseNumbers(List.of(flag)));
    }

    @Transactional
    public FlagView dismiss(UUID caseId, UUID flagId) {
        CorrelationFlag flag = openFlag(caseId, flagId);
        decide(flag, FlagStatus.DISMISSED, Timestamps.now());
        return mapper.toFlagView(flag, caseNumbers(List.of(flag)));
    }

    /** The case numbers the flags refer to, read in one query. */
    private static Map<UUID, String> caseNumbers(List<CorrelationFlag> flags) {
        Set<UUID> ids = new HashSet<>();
        flags.forEach(f -> {
            ids.add(f.caseId);
            ids.add(f.complaintCaseId);
        });
        return ids.isEmpty() ? Map.of() : InvestigationCase.<InvestigationCase> list("id in ?1", ids).stream()
                .collect(Collectors.toMap(c -> c.id, c -> c.caseNumber));
    }

    private CorrelationFlag openFlag(UUID caseId, UUID flagId) {
        InvestigationCase investigation = access.loadToWorkOn(caseId, CasesAuditAction.CASE_CORRELATION_DECIDE);
        // locked while it is decided: of two decisions at once, the second finds it decided (409)
        CorrelationFlag flag = CorrelationFlag.<CorrelationFlag> findByIdOptional(flagId, LockModeType.PESSIMISTIC_WRITE)
                .filter(f -> f.caseId.equals(investigation.id))
                .orElseThrow(() -> ProblemException.notFound("flag.not-found"));
        if (flag.status != FlagStatus.OPEN) {
            throw new ProblemException(ProblemType.ALREADY_DECIDED, "flag.decided", flag.status);
        }
        return flag;
    }

    private void decide(CorrelationFlag flag, FlagStatus status, Instant now) {
        flag.status = status;
        flag.decidedBy = caller.subject();
        flag.decidedAt = now;
        audit.success(CasesAuditAction.CASE_CORRELATION_DECIDE, CasesAuditRecord.CASE, flag.caseId);
    }
}
