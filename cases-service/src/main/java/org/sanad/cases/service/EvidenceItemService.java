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
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.hashing.Sha256;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.commons.security.Caller;
import org.sanad.commons.security.Roles;
import org.sanad.commons.time.Timestamps;
import org.sanad.cases.api.CustodyInput;
import org.sanad.cases.api.CustodyView;
import org.sanad.cases.api.EvidenceItemInput;
import org.sanad.cases.api.EvidenceItemView;
import org.sanad.cases.api.VerificationResult;
import org.sanad.cases.client.ComplaintEvidenceClient;
import org.sanad.cases.config.CasesConfig;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.EvidenceItemContent;
import org.sanad.cases.domain.EvidenceKind;
import org.sanad.cases.domain.EvidenceSource;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.mapping.CaseMapper;

import io.quarkus.logging.Log;

/**
 * Evidence items of a case and their chain of custody. Re-verification recomputes the SHA-256
 * of the bytes (held here, or fetched from complaints-service with the investigator's token) and
 * compares it with the hash recorded on arrival; a mismatch is recorded, logged as an integrity
 * failure and answered with 409.
 */
@ApplicationScoped
public class EvidenceItemService {

    private static final Set<CustodyAction> MANUAL_STEPS = EnumSet.of(CustodyAction.TRANSFERRED,
            CustodyAction.EXAMINED, CustodyAction.SEALED, CustodyAction.RELEASED);

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
    JsonWebToken token;

    @Inject
    @RestClient
    ComplaintEvidenceClient complaintEvidence;

    @Transactional
    public EvidenceItemView register(UUID caseId, EvidenceItemInput input) {
        InvestigationCase investigation = openCase(caseId);
        Instant now = Timestamps.now();
        EvidenceItem item = newItem(investigation, input.kind(), input.description().strip(), input.sha256(), now);
        custody.record(item, CustodyAction.RECEIVED, input.location(), null, null, now);
        audit.success(AuditRecords.EVIDENCE_REGISTER, AuditRecords.EVIDENCE, item.id);
        return mapper.toEvidenceView(item);
    }

    /** An extracted file uploaded as the raw body; hashed while it streams in. */
    @Transactional
    public EvidenceItemView upload(UUID caseId, String fileName, String contentType, String description,
            InputStream body) {
        InvestigationCase investigation = openCase(caseId);
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw ProblemException.invalidField("fileName", "evidence.file-name.required");
        }
        Sha256.Received received = Sha256.read(body, config.maxEvidenceBytes());
        byte[] bytes = received.bytes();
        Instant now = Timestamps.now();
        EvidenceItem item = newItem(investigation, EvidenceKind.EXTRACTION,
                description == null || description.isBlank() ? "Extracted file " + fileName : description.strip(),
                received.sha256(), now);
        item.fileName = fileName.substring(fileName.replace('\\', '/').lastIndexOf('/') + 1);
        item.contentType = contentType == null ? "application/octet-stream" : contentType.split(";")[0].strip();
        item.sizeBytes = (long) bytes.length;
        EvidenceItemContent content = new EvidenceItemContent();
        content.itemId = item.id;
        content.bytes = bytes;
        content.persist();
        custody.record(item, CustodyAction.RECEIVED, null, "Uploaded", item.sha256, now);
        audit.success(AuditRecords.EVIDENCE_REGISTER, AuditRecords.EVIDENCE, item.id);
        return mapper.toEvidenceView(item);
    }

    @Transactional
    public List<EvidenceItemView> list(UUID caseId) {
        InvestigationCase investigation = access.loadFor(caseId, AuditRecords.READ, CaseAccess.CASEWORKERS);
        return EvidenceItem.<EvidenceItem> list("caseId = ?1 order by registeredAt, id", investigation.id).stream()
                .map(mapper::toEvidenceView).toList();
    }

    @Transactional
    public List<CustodyView> custodyLog(UUID caseId, UUID itemId) {
        EvidenceItem item = item(access.loadFor(caseId, AuditRecords.READ, CaseAccess.CASEWORKERS), itemId);
        return CustodyEntry.ofItem(item.id).stream().map(mapper::toCustodyView).toList();
    }

    @Transactional
    public CustodyView addCustodyStep(UUID caseId, UUID itemId, CustodyInput input) {
        if (!MANUAL_STEPS.contains(input.action())) {
            throw ProblemException.invalidField("action", "custody.action.not-manual");
        }
        EvidenceItem item = item(access.loadFor(caseId, AuditRecords.EVIDENCE_CUSTODY, Set.of(Roles.INVESTIGATOR)),
                itemId);
        CustodyEntry entry = custody.record(item, input.action(), input.location(), input.note(),
                input.observedSha256(), Timestamps.now());
        if (Boolean.FALSE.equals(entry.hashMatched)) {
            Log.errorf("INTEGRITY FAILURE: evidence item %s recorded %s, observed %s at %s", item.id, item.sha256,
                    input.observedSha256(), input.action());
        }
        audit.success(AuditRecords.EVIDENCE_CUSTODY, AuditRecords.EVIDENCE, item.id);
        return mapper.toCustodyView(entry);
    }

    /**
     * Recomputes the hash. Runs in its own transaction that commits even on a mismatch, so the
     * failed check stays in the custody log.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public VerificationResult verify(UUID caseId, UUID itemId, String location, String observedSha256) {
        EvidenceItem item = item(access.loadFor(caseId, AuditRecords.EVIDENCE_VERIFY, Set.of(Roles.INVESTIGATOR)),
                itemId);
        String observed;
        String method;
        EvidenceItemContent stored = EvidenceItemContent.findById(item.id);
        if (stored != null) {
            observed = Sha256.of(stored.bytes);
            method = "STORED_BYTES";
        } else if (item.source == EvidenceSource.COMPLAINT_EVIDENCE) {
            observed = Sha256.of(fetchComplaintEvidence(item));
            method = "COMPLAINT_EVIDENCE";
        } else if (observedSha256 != null) {
            observed = observedSha256;
            method = "OBSERVED_HASH";
        } else {
            throw ProblemException.invalidField("observedSha256", "evidence.verify.observed-required");
        }
        CustodyEntry entry = custody.record(item, CustodyAction.VERIFIED, location, method, observed,
                Timestamps.now());
        audit.success(AuditRecords.EVIDENCE_VERIFY, AuditRecords.EVIDENCE, item.id);
        if (!entry.hashMatched) {
            Log.errorf("INTEGRITY FAILURE: evidence item %s of case %s recorded %s, now hashes to %s (%s)", item.id,
                    item.caseId, item.sha256, observed, method);
            throw new ProblemException(ProblemType.CONFLICT, "evidence.hash-mismatch", item.sha256, observed);
        }
        return new VerificationResult(item.id, item.sha256, observed, true, method);
    }

    private byte[] fetchComplaintEvidence(EvidenceItem item) {
        try {
            return complaintEvidence.content("Bearer " + token.getRawToken(), item.complaintId,
                    item.complaintEvidenceId);
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw status == 403 || status == 404
                    ? ProblemException.forbidden("evidence.verify.complaint-refused")
                    : new ProblemException(ProblemType.UNAVAILABLE, "evidence.verify.complaints-unavailable");
        } catch (WebApplicationException | ProcessingException e) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "evidence.verify.complaints-unavailable");
        }
    }

    private InvestigationCase openCase(UUID caseId) {
        InvestigationCase investigation = access.loadFor(caseId, AuditRecords.EVIDENCE_REGISTER,
                Set.of(Roles.INVESTIGATOR));
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
        item.sha256 = sha256;
        item.registeredAt = now;
        item.registeredBy = caller.subject();
        item.persist();
        return item;
    }

    private static EvidenceItem item(InvestigationCase investigation, UUID itemId) {
        return EvidenceItem.<EvidenceItem> findByIdOptional(itemId)
                .filter(i -> i.caseId.equals(investigation.id))
                .orElseThrow(() -> ProblemException.notFound("evidence.not-found"));
    }
}
