package org.sanad.cases.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import org.sanad.core.observability.EvidenceIntegrityFailures;
import org.sanad.cases.client.ComplaintEvidence;
import org.sanad.cases.config.CasesConfig;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.EvidenceSource;
import org.sanad.audit.AuditLog;
import org.sanad.evidence.store.EvidenceIntegrityException;
import org.sanad.evidence.store.EvidenceStore;
import org.sanad.core.hashing.HeldBackCopy;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.identity.ServiceTokens;
import org.sanad.core.time.Timestamps;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/**
 * Evidence released to a court, for referrals-service only ({@code cases.court-release-clients}):
 * the bytes of an item, held here or fetched from complaints-service as this service, re-hashed
 * on the way and streamed, never held whole. Every release is a RELEASED custody entry naming the court and the referral,
 * committed whether the hash held or not; bytes that no longer match are refused (409), never
 * served. The case's own status is not consulted: referrals-service decides what a court may see
 * (its manifest), and the case learns it was referred only when the outbox delivers that, maybe
 * after the court's first fetch.
 */
@ApplicationScoped
public class CourtRelease {

    @Inject
    EvidenceIntegrityFailures integrityFailures;

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
    ComplaintEvidence complaintEvidence;

    @Inject
    EvidenceStore store;

    /** What is released: {@code size} bytes that {@code body} writes, checked as they go. */
    public record Release(String fileName, String contentType, String sha256, long size, StreamingOutput body) {
    }


    public Release release(UUID itemId, String courtCode, String referenceNumber) {
        if (!caller.isServiceClientOf(config.courtReleaseClients())) {
            throw ProblemException.forbidden("evidence.release.client-not-allowed")
                    .audited(CasesAuditAction.EVIDENCE_COURT_RELEASE, CasesAuditRecord.EVIDENCE_ITEM, itemId);
        }
        EvidenceItem item = QuarkusTransaction.requiringNew().call(() -> releasable(itemId));
        // either file is checked whole before the first byte goes out, then streamed and checked
        // again as it passes; neither is ever held here whole: an extracted file is read twice
        // from the store, a complaint's file fetched twice from complaints-service
        EvidenceStore.Opened object = null;
        String observed;
        if (item.file.objectId != null) {
            object = checkedObject(item);
            observed = object == null ? null : object.sha256();
        } else {
            observed = complaintEvidence.sha256(tokens.bearer(), item.complaintId, item.complaintEvidenceId);
        }
        CustodyEntry entry = QuarkusTransaction.requiringNew().call(() -> {
            CustodyEntry recorded = custody.record(EvidenceItem.findById(item.id), CustodyAction.RELEASED,
                    "Court " + courtCode, "Released for referral " + referenceNumber, observed, Timestamps.now());
            if (observed == null) {
                // the stored bytes no longer decrypt: a failed check, not a release
                recorded.hashChecked = true;
                recorded.hashMatched = false;
            }
            audit.success(CasesAuditAction.EVIDENCE_COURT_RELEASE, CasesAuditRecord.EVIDENCE_ITEM, item.id);
            return recorded;
        });
        if (!entry.hashMatched) {
            Log.errorf("INTEGRITY FAILURE: evidence item %s recorded %s, hashes to %s on release to court %s", item.id,
                    item.file.sha256, observed, courtCode);
            integrityFailures.recorded();
            throw new ProblemException(ProblemType.INTEGRITY_FAILURE, "evidence.hash-mismatch", item.file.sha256,
                    observed == null ? "(no longer decryptable)" : observed);
        }
        if (object == null) {
            InputStream body = complaintEvidence.open(tokens.bearer(), item.complaintId, item.complaintEvidenceId);
            long size = item.file.sizeBytes == null ? -1 : item.file.sizeBytes;
            return new Release(item.file.name, item.file.contentType, item.file.sha256, size, out -> {
                try (InputStream in = body) {
                    HeldBackCopy.copy(in, out, passed -> passed.equals(item.file.sha256)
                            || changedWhileStreaming(item, courtCode, passed));
                }
            });
        }
        EvidenceStore.Opened checked = object;
        return new Release(item.file.name, item.file.contentType, item.file.sha256, checked.size(), out -> {
            try {
                store.copy(checked, out);
            } catch (EvidenceIntegrityException e) {
                changedWhileStreaming(item, courtCode, null);
                throw new IOException("evidence item " + item.id + " failed its check while streaming");
            }
        });
    }

    /**
     * Bytes that changed between their check and their release: the court's response is broken
     * off short of its end, and the item's custody log records the failed check.
     *
     * @param observed what the bytes hashed to, or null when they failed their authentication
     * @return false, the bytes are not to be released
     */
    private boolean changedWhileStreaming(EvidenceItem item, String courtCode, String observed) {
        Log.errorf("INTEGRITY FAILURE: evidence item %s changed while streaming to court %s: recorded %s, now %s",
                item.id, courtCode, item.file.sha256, observed == null ? "(no longer decryptable)" : observed);
        QuarkusTransaction.requiringNew().run(() -> {
            CustodyEntry failed = custody.record(EvidenceItem.findById(item.id), CustodyAction.VERIFIED,
                    "Court " + courtCode, "Changed while streaming to the court: broken off", observed, Timestamps.now());
            failed.hashChecked = true;
            failed.hashMatched = false;
        });
        integrityFailures.recorded();
        return false;
    }

    private EvidenceItem releasable(UUID itemId) {
        EvidenceItem item = EvidenceItem.<EvidenceItem> findByIdOptional(itemId)
                .orElseThrow(() -> ProblemException.notFound("evidence.not-found"));
        if (item.file.isPurged()) {
            throw new ProblemException(ProblemType.EVIDENCE_PURGED, "evidence.purged", item.file.purgedAt);
        }
        if (item.file.objectId == null && item.source != EvidenceSource.COMPLAINT_EVIDENCE) {
            throw new ProblemException(ProblemType.CONFLICT, "evidence.release.no-bytes");
        }
        return item;
    }

    /**
     * The extracted file opened and decrypted once whole without being kept, its hash the one
     * recorded for the item; none when it no longer decrypts or no longer gives that hash.
     */
    private EvidenceStore.Opened checkedObject(EvidenceItem item) {
        try {
            return store.openVerified(item.file.objectId, item.file.sha256);
        } catch (EvidenceIntegrityException e) {
            Log.errorf("INTEGRITY FAILURE: evidence item %s: %s", item.id, e.getMessage());
            return null;
        }
    }
}
