package org.sanad.cases.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sanad.core.observability.EvidenceIntegrityFailures;
import org.sanad.audit.AuditLog;
import org.sanad.evidence.store.EvidenceIntegrityException;
import org.sanad.evidence.store.EvidenceStore;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.api.VerificationResult;
import org.sanad.cases.client.ComplaintEvidence;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.EvidenceSource;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/**
 * Re-verification of an evidence item: the SHA-256 of its bytes (held here, or fetched from
 * complaints-service with the investigator's own token) against the hash recorded on arrival.
 * The remote fetch happens between two short transactions, never inside one; the outcome is
 * committed in its own, so a mismatch stays in the custody log while the caller gets a 409
 * {@code integrity-failure}.
 */
@ApplicationScoped
public class EvidenceVerification {

    static final String STORED_BYTES = "STORED_BYTES";
    static final String COMPLAINT_EVIDENCE = "COMPLAINT_EVIDENCE";
    static final String OBSERVED_HASH = "OBSERVED_HASH";

    @Inject
    EvidenceIntegrityFailures integrityFailures;

    @Inject
    CaseAccess access;

    @Inject
    EvidenceCustody custody;

    @Inject
    AuditLog audit;

    @Inject
    JsonWebToken token;

    @Inject
    EvidenceStore store;

    @Inject
    ComplaintEvidence complaintEvidence;

    /** What the first transaction found: the hash to compare now, or where to fetch the bytes. */
    private record Subject(UUID itemId, String recordedSha256, String observed, String method, UUID objectId,
            UUID complaintId, UUID complaintEvidenceId) {
    }

    public VerificationResult verify(UUID caseId, UUID itemId, String location, String observedSha256) {
        Subject subject = QuarkusTransaction.requiringNew().call(() -> subject(caseId, itemId, observedSha256));
        String observed;
        boolean undecryptable = false;
        if (subject.observed() != null) {
            observed = subject.observed();
        } else if (subject.objectId() != null) {
            String hash;
            try {
                hash = store.hash(subject.objectId());
            } catch (EvidenceIntegrityException e) {
                hash = null;
                undecryptable = true;
                Log.errorf("INTEGRITY FAILURE: evidence item %s: %s", itemId, e.getMessage());
            }
            observed = hash;
        } else {
            observed = complaintEvidence.sha256("Bearer " + token.getRawToken(), subject.complaintId(),
                    subject.complaintEvidenceId());
        }
        boolean failedItsTag = undecryptable;
        CustodyEntry entry = QuarkusTransaction.requiringNew().call(() -> {
            EvidenceItem item = EvidenceItem.findById(subject.itemId());
            CustodyEntry recorded = custody.record(item, CustodyAction.VERIFIED, location,
                    failedItsTag ? subject.method() + ": the stored bytes fail their authentication" : subject.method(),
                    observed, Timestamps.now());
            if (failedItsTag) {
                recorded.hashChecked = true;
                recorded.hashMatched = false;
            }
            audit.success(CasesAuditAction.EVIDENCE_VERIFY, CasesAuditRecord.EVIDENCE_ITEM, item.id);
            return recorded;
        });
        if (!entry.hashMatched) {
            Log.errorf("INTEGRITY FAILURE: evidence item %s of case %s recorded %s, now hashes to %s (%s)", itemId,
                    caseId, subject.recordedSha256(), observed, subject.method());
            integrityFailures.recorded();
            throw new ProblemException(ProblemType.INTEGRITY_FAILURE, "evidence.hash-mismatch",
                    subject.recordedSha256(), observed == null ? "(no longer decryptable)" : observed);
        }
        return new VerificationResult(itemId, subject.recordedSha256(), observed, true, subject.method());
    }

    private Subject subject(UUID caseId, UUID itemId, String observedSha256) {
        EvidenceItem item = EvidenceItemService.item(access.loadToInvestigate(caseId, CasesAuditAction.EVIDENCE_VERIFY),
                itemId);
        if (item.file.isPurged()) {
            throw new ProblemException(ProblemType.EVIDENCE_PURGED, "evidence.purged", item.file.purgedAt);
        }
        if (item.file.objectId != null) {
            return new Subject(item.id, item.file.sha256, null, STORED_BYTES, item.file.objectId, null, null);
        }
        if (item.source == EvidenceSource.COMPLAINT_EVIDENCE) {
            return new Subject(item.id, item.file.sha256, null, COMPLAINT_EVIDENCE, null, item.complaintId,
                    item.complaintEvidenceId);
        }
        if (observedSha256 != null) {
            return new Subject(item.id, item.file.sha256, observedSha256, OBSERVED_HASH, null, null, null);
        }
        throw ProblemException.invalidField("observedSha256", "evidence.verify.observed-required");
    }
}
