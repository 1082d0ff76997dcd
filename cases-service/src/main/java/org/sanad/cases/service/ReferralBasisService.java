package org.sanad.cases.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.api.ReferableCase;
import org.sanad.cases.api.ReferralBasis;
import org.sanad.cases.domain.ActionType;
import org.sanad.cases.domain.CaseAction;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.domain.Suspect;
import org.sanad.cases.mapping.CaseMapper;
import org.sanad.audit.AuditLog;
import org.sanad.core.paging.Page;
import org.sanad.core.paging.TimeCursor;
import org.sanad.core.persistence.EnumLiterals;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/**
 * The part of a case a prosecutor refers to court (see {@link ReferralBasis}), and the list of the
 * cases a prosecutor may refer (see {@link ReferableCase}).
 */
@ApplicationScoped
public class ReferralBasisService {

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CaseMapper mapper;

    @Inject
    GovernorateScope scope;

    @Transactional
    public ReferralBasis basis(UUID caseId) {
        InvestigationCase investigation = access.load(caseId);
        access.requirePrepareReferral(investigation, CasesAuditAction.CASE_REFERRAL_BASIS_READ);
        Map<UUID, List<CaseAction>> arrests = CaseAction
                .<CaseAction> list("caseId = ?1 and type = ?2 order by occurredAt, id", caseId, ActionType.ARREST)
                .stream().collect(Collectors.groupingBy(a -> a.suspectId));
        List<ReferralBasis.Defendant> suspects = Suspect.<Suspect> list("caseId = ?1 order by createdAt, id", caseId)
                .stream().map(s -> mapper.toReferralDefendant(s, arrests.getOrDefault(s.id, List.of()))).toList();
        Map<UUID, List<CustodyEntry>> custody = CustodyEntry.ofCase(caseId);
        List<ReferralBasis.ManifestItem> evidence = EvidenceItem
                .<EvidenceItem> list("caseId = ?1 order by registeredAt, id", caseId).stream()
                .map(item -> mapper.toManifestItem(item, custody.getOrDefault(item.id, List.of()))).toList();
        List<UUID> complaints = CaseComplaint.ofCase(caseId).stream().map(c -> c.complaintId).toList();
        audit.success(CasesAuditAction.CASE_REFERRAL_BASIS_READ, CasesAuditRecord.CASE, caseId);
        return new ReferralBasis(investigation.id, investigation.caseNumber, investigation.governorate,
                investigation.status, suspects, evidence, complaints);
    }

    /**
     * The cases of the prosecutor's governorate (national: all, or the one named) at a referable
     * step ({@link CaseStatus#isReferable()}), most recently changed first, keyset-paged.
     */
    @Transactional
    public Page<ReferableCase> referable(String governorate, String after, int limit) {
        String scoped = scope.listScope(governorate);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("arrest", ActionType.ARREST);
        // written as literals: a list parameter would cost a new query plan on every page
        StringBuilder where = new StringBuilder(" where ").append(EnumLiterals.in("c.status",
                Arrays.stream(CaseStatus.values()).filter(CaseStatus::isReferable).toList()));
        if (scoped != null) {
            where.append(" and c.governorate = :governorate");
            parameters.put("governorate", scoped);
        }
        if (after != null && !after.isBlank()) {
            TimeCursor cursor = TimeCursor.decode(after, "after");
            where.append(" and (c.updatedAt < :at or (c.updatedAt = :at and c.id < :id))");
            parameters.put("at", cursor.at());
            parameters.put("id", cursor.id());
        }
        TypedQuery<ReferableCase> lines = InvestigationCase.getEntityManager().createQuery("select new "
                + ReferableCase.class.getName() + "(c.id, c.caseNumber, c.governorate, c.status, c.priority, "
                + "(select count(s) from Suspect s where s.caseId = c.id), "
                + "(select count(a) from CaseAction a where a.caseId = c.id and a.type = :arrest), "
                + "c.createdAt, c.updatedAt) from InvestigationCase c" + where + " order by c.updatedAt desc, c.id desc",
                ReferableCase.class).setMaxResults(limit + 1);
        parameters.forEach(lines::setParameter);
        List<ReferableCase> fetched = lines.getResultList();
        audit.success(CasesAuditAction.CASE_REFERABLE_LIST, CasesAuditRecord.CASE, scoped == null ? "*" : scoped);
        return Page.of(fetched, limit, c -> new TimeCursor(c.updatedAt(), c.id()).encode(), Function.identity());
    }
}
