package org.sanad.cases.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.api.ReferralBasis;
import org.sanad.cases.domain.ActionType;
import org.sanad.cases.domain.CaseAction;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.domain.Suspect;
import org.sanad.cases.mapping.CaseMapper;
import org.sanad.audit.AuditLog;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/** The part of a case a prosecutor refers to court (see {@link ReferralBasis}). */
@ApplicationScoped
public class ReferralBasisService {

    @Inject
    CaseAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CaseMapper mapper;

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
}
