package org.sanad.cases.service;

import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.core.observability.EvidenceIntegrityFailures;
import org.sanad.audit.AuditLog;
import org.sanad.evidence.EvidenceIntake;
import org.sanad.evidence.store.EvidenceStore;
import org.sanad.evidence.store.StoredFile;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.api.CustodyInput;
import org.sanad.cases.api.CustodyView;
import org.sanad.cases.api.EvidenceItemInput;
import org.sanad.cases.api.EvidenceItemView;
import org.sanad.cases.config.CasesConfig;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.EvidenceKind;
import org.sanad.cases.domain.EvidenceSource;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.mapping.CaseMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/** Evidence items of a case and their chain of custody; re-verification is {@link EvidenceVerification}. */
@ApplicationScoped
public class EvidenceItemService {

    private static final Set<CustodyAction> MANUAL_STEPS = EnumSet.of(CustodyAction.TRANSFERRED,
            CustodyAction.EXAMINED, CustodyAction.SEALED, CustodyAction.RELEASED);

    @Inject
    EvidenceIntegrityFailures integrityFailures;

    @Inject
    CaseAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    CaseMapper mapper;

    @Inject
    EvidenceCustody custody;

    @Inject
    CasesConfig config;

    @Inject
    EvidenceStore store;

    @Transactional
    public EvidenceItemView register(UUID caseId, EvidenceItemInput input) {
        InvestigationCase investigation = openCase(caseId);
        Instant now = Timestamps.now();
        EvidenceItem item = newItem(investigation, input.kind(), input.description().strip(), input.sha256(), now);
        custody.record(item, CustodyAction.RECEIVED, input.location(), null, null, now);
        audit.success(CasesAuditAction.EVIDENCE_REGISTER, CasesAuditRecord.EVIDENCE_ITEM, item.id);
        return mapper.toEvidenceView(item);
    }

    /**
     * An extracted file uploaded as the raw body: the case checked in one short transaction, the
     * bytes streamed, hashed and encrypted into the store with none open, then recorded in a second.
     */
    public EvidenceItemView upload(UUID caseId, String fileName, String contentType, String description,
            InputStream body) {
        QuarkusTransaction.requiringNew().run(() -> openCase(caseId));
        EvidenceIntake.ReceivedFile received = new EvidenceIntake(config.evidence().allowedContentTypes(),
                config.evidence().maxBytes(), store).receive(fileName, contentType, body);
        try {
            return QuarkusTransaction.requiringNew().call(() -> recordUpload(openCase(caseId), received, description));
        } catch (RuntimeException e) {
            store.delete(received.objectId());
            throw e;
        }
    }

    private EvidenceItemView recordUpload(InvestigationCase investigation, EvidenceIntake.ReceivedFile received,
            String description) {
        Instant now = Timestamps.now();
        EvidenceItem item = newItem(investigation, EvidenceKind.EXTRACTION,
                description == null || description.isBlank() ? "Extracted file " + received.fileName()
                        : description.strip(),
                received.sha256(), now);
        item.file = StoredFile.of(received);
        store.commit(received.objectId());
        custody.record(item, CustodyAction.RECEIVED, null, "Uploaded", item.file.sha256, now);
        audit.success(CasesAuditAction.EVIDENCE_REGISTER, CasesAuditRecord.EVIDENCE_ITEM, item.id);
        return mapper.toEvidenceView(item);
    }

    @Transactional
    public List<EvidenceItemView> list(UUID caseId) {
        InvestigationCase investigation = access.loadToWorkOn(caseId, CasesAuditAction.EVIDENCE_LIST);
        audit.success(CasesAuditAction.EVIDENCE_LIST, CasesAuditRecord.CASE, investigation.id);
        return EvidenceItem.<EvidenceItem> list("caseId = ?1 order by registeredAt, id", investigation.id).stream()
                .map(mapper::toEvidenceView).toList();
    }

    @Transactional
    public EvidenceItemView read(UUID caseId, UUID itemId) {
        EvidenceItem item = item(access.loadToWorkOn(caseId, CasesAuditAction.EVIDENCE_READ), itemId);
        audit.success(CasesAuditAction.EVIDENCE_READ, CasesAuditRecord.EVIDENCE_ITEM, item.id);
        return mapper.toEvidenceView(item);
    }

    @Transactional
    public List<CustodyView> custodyLog(UUID caseId, UUID itemId) {
        EvidenceItem item = item(access.loadToWorkOn(caseId, CasesAuditAction.EVIDENCE_CUSTODY_READ), itemId);
        audit.success(CasesAuditAction.EVIDENCE_CUSTODY_READ, CasesAuditRecord.EVIDENCE_ITEM, item.id);
        return CustodyEntry.ofItem(item.id).stream().map(mapper::toCustodyView).toList();
    }

    @Transactional
    public CustodyView addCustodyStep(UUID caseId, UUID itemId, CustodyInput input) {
        if (!MANUAL_STEPS.contains(input.action())) {
            throw ProblemException.invalidField("action", "custody.action.not-manual");
        }
        EvidenceItem item = item(access.loadToInvestigate(caseId, CasesAuditAction.EVIDENCE_CUSTODY),
                itemId);
        CustodyEntry entry = custody.record(item, input.action(), input.location(), input.note(),
                input.observedSha256(), Timestamps.now());
        if (Boolean.FALSE.equals(entry.hashMatched)) {
            Log.errorf("INTEGRITY FAILURE: evidence item %s recorded %s, observed %s at %s", item.id, item.file.sha256,
                    input.observedSha256(), input.action());
            integrityFailures.recorded();
        }
        audit.success(CasesAuditAction.EVIDENCE_CUSTODY, CasesAuditRecord.EVIDENCE_ITEM, item.id);
        return mapper.toCustodyView(entry);
    }

    private InvestigationCase openCase(UUID caseId) {
        InvestigationCase investigation = access.loadToInvestigate(caseId, CasesAuditAction.EVIDENCE_REGISTER);
        if (investigation.status == CaseStatus.CLOSED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "case.closed");
        }
        return investigation;
    }

    private EvidenceItem newItem(InvestigationCase investigation, EvidenceKind kind, String description,
            String sha256, Instant now) {
        EvidenceItem item = new EvidenceItem();
        item.id = UUID.randomUUID();
        item.caseId = investigation.id;
        item.source = EvidenceSource.REGISTERED;
        item.kind = kind;
        item.description = description;
        item.file = new StoredFile();
        item.file.sha256 = sha256;
        item.registeredAt = now;
        item.registeredBy = caller.subject();
        item.persist();
        return item;
    }

    static EvidenceItem item(InvestigationCase investigation, UUID itemId) {
        return EvidenceItem.<EvidenceItem> findByIdOptional(itemId)
                .filter(i -> i.caseId.equals(investigation.id))
                .orElseThrow(() -> ProblemException.notFound("evidence.not-found"));
    }
}
