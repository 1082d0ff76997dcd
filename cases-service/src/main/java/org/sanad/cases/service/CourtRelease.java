package org.sanad.cases.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.sanad.cases.client.ComplaintEvidenceClient;
import org.sanad.cases.config.CasesConfig;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.EvidenceSource;
import org.sanad.commons.audit.AuditAction;
import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.audit.AuditRecordType;
import org.sanad.commons.evidence.store.EvidenceIntegrityException;
import org.sanad.commons.evidence.store.EvidenceStore;
import org.sanad.commons.hashing.Sha256;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.commons.security.Caller;
import org.sanad.commons.security.ServiceTokens;
import org.sanad.commons.time.Timestamps;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Evidence released to a court, for referrals-service only ({@code cases.court-release-clients}):
 * the bytes of an item, held here or fetched from complaints-service as this service, re-hashed
 * on the way. Every release is a RELEASED custody entry naming the court and the referral,
 * committed whether the hash held or not; bytes that no longer match are refused (409), never
 * served. The case's own status is not consulted: referrals-service decides what a court may see
 * (its manifest), and the case learns it was referred only when the outbox delivers that, maybe
 * after the court's first fetch.
 */
@ApplicationScoped
public class CourtRelease {

    @Inject
    EvidenceCustody custody;

    @Inject
    AuditLog audit;

    @Inject
    ServiceTokens tokens;

    @Inject
    Caller caller;

    @Inject
    CasesConfig config;

    @Inject
    @RestClient
    ComplaintEvidenceClient complaintEvidence;

    @Inject
    EvidenceStore store;

    public record Release(String fileName, String contentType, String sha256, byte[] bytes) {
    }


    public Release release(UUID itemId, String courtCode, String referenceNumber) {
        if (!caller.isServiceClientOf(config.courtReleaseClients())) {
            throw ProblemException.forbidden("evidence.release.client-not-allowed")
                    .audited(AuditAction.EVIDENCE_COURT_RELEASE, AuditRecordType.EVIDENCE_ITEM, itemId);
        }
        EvidenceItem item = QuarkusTransaction.requiringNew().call(() -> releasable(itemId));
        byte[] bytes = item.objectId != null ? stored(item)
                : fetchComplaintEvidence(item.complaintId, item.complaintEvidenceId);
        String observed = bytes == null ? null : Sha256.of(bytes);
        CustodyEntry entry = QuarkusTransaction.requiringNew().call(() -> {
            CustodyEntry recorded = custody.record(EvidenceItem.findById(item.id), CustodyAction.RELEASED,
                    "Court " + courtCode, "Released for referral " + referenceNumber, observed, Timestamps.now());
            if (observed == null) {
                // the stored bytes no longer decrypt: a failed check, not a release
                recorded.hashChecked = true;
                recorded.hashMatched = false;
            }
            audit.success(AuditAction.EVIDENCE_COURT_RELEASE, AuditRecordType.EVIDENCE_ITEM, item.id);
            return recorded;
        });
        if (!entry.hashMatched) {
            Log.errorf("INTEGRITY FAILURE: evidence item %s recorded %s, hashes to %s on release to court %s", item.id,
                    item.sha256, observed, courtCode);
            throw new ProblemException(ProblemType.INTEGRITY_FAILURE, "evidence.hash-mismatch", item.sha256,
                    observed == null ? "(no longer decryptable)" : observed);
        }
        return new Release(item.fileName, item.contentType, item.sha256, bytes);
    }

    private EvidenceItem releasable(UUID itemId) {
        EvidenceItem item = EvidenceItem.<EvidenceItem> findByIdOptional(itemId)
                .orElseThrow(() -> ProblemException.notFound("evidence.not-found"));
        if (item.purgedAt != null) {
            throw new ProblemException(ProblemType.EVIDENCE_PURGED, "evidence.purged", item.purgedAt);
        }
        if (item.objectId == null && item.source != EvidenceSource.COMPLAINT_EVIDENCE) {
            throw new ProblemException(ProblemType.CONFLICT, "evidence.release.no-bytes");
        }
        return item;
    }

    /** The extracted file's bytes, or none when they no longer decrypt. */
    private byte[] stored(EvidenceItem item) {
        try {
            return store.readAll(item.objectId);
        } catch (EvidenceIntegrityException e) {
            Log.errorf("INTEGRITY FAILURE: evidence item %s: %s", item.id, e.getMessage());
            return null;
        }
    }

    /** complaints-service's own integrity failure is passed on as one; any other failure is an outage. */
    private byte[] fetchComplaintEvidence(UUID complaintId, UUID evidenceId) {
        try {
            return complaintEvidence.content(tokens.bearer(), complaintId, evidenceId);
        } catch (ClientWebApplicationException e) {
            if (e.getResponse().getStatus() == 409) {
                throw new ProblemException(ProblemType.INTEGRITY_FAILURE, "evidence.verify.complaint-integrity");
            }
            if (e.getResponse().getStatus() == 410) {
                throw new ProblemException(ProblemType.EVIDENCE_PURGED, "evidence.complaint-purged");
            }
            throw new ProblemException(ProblemType.UNAVAILABLE, "evidence.verify.complaints-unavailable");
        } catch (WebApplicationException | ProcessingException e) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "evidence.verify.complaints-unavailable");
        }
    }
}
