package org.sanad.referrals.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;

import org.sanad.core.observability.EvidenceIntegrityFailures;
import org.sanad.audit.AuditLog;
import org.sanad.core.hashing.HeldBackCopy;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.referrals.access.CourtCaller;
import org.sanad.referrals.access.ReferralAccess;
import org.sanad.referrals.api.EvidenceLink;
import org.sanad.referrals.client.CasesGateway;
import org.sanad.referrals.domain.EvidenceAccess;
import org.sanad.referrals.domain.ManifestItem;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.rules.EvidenceLinks;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.sanad.referrals.audit.ReferralsAuditAction;
import org.sanad.referrals.audit.ReferralsAuditRecord;

/**
 * Evidence for the court: a signed short-lived link per manifest item, and on each use the bytes
 * streamed from cases-service (which checks them before the first byte and writes the release
 * into the item's custody log), its recorded hash compared with the manifest's before a byte is
 * served and the bytes re-hashed as they pass, the last block held back until they match. Every access is recorded and audited in its own
 * transaction, so an integrity failure stays recorded while the court gets a 409.
 */
@ApplicationScoped
public class CourtEvidence {

    @Inject
    EvidenceIntegrityFailures integrityFailures;

    @Inject
    ReferralAccess access;

    @Inject
    CourtCaller court;

    @Inject
    EvidenceLinks links;

    @Inject
    CasesGateway cases;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    /** What a court is served: {@code size} bytes (-1: not known ahead) that {@code body} writes, checked as they pass. */
    public record Served(ManifestItem item, long size, StreamingOutput body) {
    }

    /** The access being served, and who asked (kept for the record written once the bytes have passed). */
    private record Subject(Referral referral, ManifestItem item, String actor, String actorRoles) {
    }

    @Transactional
    public EvidenceLink link(UUID referralId, UUID itemId) {
        Referral referral = access.loadToJudge(referralId, ReferralsAuditAction.EVIDENCE_COURT_LINK);
        ManifestItem item = manifestItem(referral, itemId);
        EvidenceLinks.Grant grant = links.grant(referral.id, item.itemId(), referral.courtCode, Timestamps.now());
        audit.success(ReferralsAuditAction.EVIDENCE_COURT_LINK, ReferralsAuditRecord.EVIDENCE_ITEM, item.itemId());
        return new EvidenceLink("/court/evidence/" + links.sign(grant), grant.expiresAt(), item.sha256());
    }

    public Served fetch(String token) {
        EvidenceLinks.Grant grant = links.verify(token, court.court(), Timestamps.now());
        Subject subject = QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = access.loadToJudge(grant.referralId(), ReferralsAuditAction.EVIDENCE_COURT_ACCESS);
            return new Subject(referral, manifestItem(referral, grant.itemId()), caller.subject(), caller.rolesForAudit());
        });
        ManifestItem item = subject.item();
        CasesGateway.Released released;
        try {
            released = cases.release(item.itemId(), grant.court(), subject.referral().referenceNumber);
        } catch (ProblemException refused) {
            recordAccess(subject, refused.type() == ProblemType.EVIDENCE_PURGED ? EvidenceAccess.Outcome.PURGED
                    : EvidenceAccess.Outcome.UNAVAILABLE, null);
            throw refused;
        }
        // cases-service checked its bytes against the hash it recorded before sending the first;
        // that hash must be the manifest's, and the bytes are hashed again as they pass
        String declared = released.sha256();
        if (released.integrityFailure() || !item.sha256().equals(declared)) {
            closeQuietly(released.body());
            integrityFailure(subject, declared == null ? "refused by cases-service" : declared, declared);
            throw new ProblemException(ProblemType.INTEGRITY_FAILURE, "evidence.integrity-failure");
        }
        return new Served(item, released.size(), out -> serve(subject, released.body(), out));
    }

    /**
     * Copies the bytes to the court, hashing them, always holding the last block back: only once
     * the whole file gives the manifest's hash is that block written and the access recorded as
     * served. Bytes that do not are an integrity failure, recorded, and the response is broken off
     * short of its end, so the court never holds a complete file that is not the evidence.
     */
    private void serve(Subject subject, InputStream body, OutputStream out) throws IOException {
        try (InputStream in = body) {
            HeldBackCopy.copy(in, out, observed -> {
                if (!observed.equals(subject.item().sha256())) {
                    integrityFailure(subject, observed, observed);
                    return false;
                }
                recordAccess(subject, EvidenceAccess.Outcome.SERVED, observed);
                return true;
            });
        }
    }

    private void integrityFailure(Subject subject, String found, String observed) {
        recordAccess(subject, EvidenceAccess.Outcome.INTEGRITY_FAILURE, observed);
        Log.errorf("INTEGRITY FAILURE: evidence item %s of referral %s: manifest %s, bytes %s", subject.item().itemId(),
                subject.referral().referenceNumber, subject.item().sha256(), found);
        integrityFailures.recorded();
    }

    private static void closeQuietly(InputStream body) {
        if (body != null) {
            try {
                body.close();
            } catch (IOException ignored) {
                // nothing more to read from it
            }
        }
    }

    private void recordAccess(Subject subject, EvidenceAccess.Outcome outcome, String observed) {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Timestamps.now();
            EvidenceAccess record = new EvidenceAccess();
            record.id = UUID.randomUUID();
            record.referralId = subject.referral().id;
            record.itemId = subject.item().itemId();
            record.courtCode = subject.referral().courtCode;
            record.outcome = outcome;
            record.expectedSha256 = subject.item().sha256();
            record.observedSha256 = observed;
            record.stamp(subject.actor(), subject.actorRoles(), now);
            record.persist();
            if (outcome == EvidenceAccess.Outcome.SERVED) {
                audit.successAs(subject.actor(), subject.actorRoles(), ReferralsAuditAction.EVIDENCE_COURT_ACCESS,
                        ReferralsAuditRecord.EVIDENCE_ITEM, record.itemId);
            } else {
                audit.deniedAs(subject.actor(), subject.actorRoles(), ReferralsAuditAction.EVIDENCE_COURT_ACCESS,
                        ReferralsAuditRecord.EVIDENCE_ITEM, record.itemId);
            }
        });
    }

    private static ManifestItem manifestItem(Referral referral, UUID itemId) {
        return ReferralVersion.of(referral.id, referral.submittedVersion).flatMap(v -> v.item(itemId))
                .orElseThrow(() -> ProblemException.notFound("evidence.not-in-manifest"));
    }
}
