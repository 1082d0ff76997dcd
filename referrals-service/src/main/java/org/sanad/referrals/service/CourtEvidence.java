package org.sanad.referrals.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.audit.AuditAction;
import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.audit.AuditRecordType;
import org.sanad.commons.hashing.Sha256;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.commons.security.Caller;
import org.sanad.commons.time.Timestamps;
import org.sanad.referrals.api.EvidenceLink;
import org.sanad.referrals.client.CasesGateway;
import org.sanad.referrals.domain.EvidenceAccess;
import org.sanad.referrals.domain.ManifestItem;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralVersion;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Evidence for the court: a signed short-lived link per manifest item, and on each use the bytes
 * from cases-service (which writes the release into the item's custody log), checked against the
 * manifest's SHA-256 before a byte is served. Every access is recorded and audited in its own
 * transaction, so an integrity failure stays recorded while the court gets a 409.
 */
@ApplicationScoped
public class CourtEvidence {

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

    public record Served(ManifestItem item, byte[] bytes) {
    }

    private record Subject(Referral referral, ManifestItem item) {
    }

    @Transactional
    public EvidenceLink link(UUID referralId, UUID itemId) {
        Referral referral = access.loadToJudge(referralId, AuditAction.EVIDENCE_COURT_LINK);
        ManifestItem item = manifestItem(referral, itemId);
        EvidenceLinks.Grant grant = links.grant(referral.id, item.itemId(), referral.courtCode, Timestamps.now());
        audit.success(AuditAction.EVIDENCE_COURT_LINK, AuditRecordType.EVIDENCE_ITEM, item.itemId());
        return new EvidenceLink("/court/evidence/" + links.sign(grant), grant.expiresAt(), item.sha256());
    }

    public Served fetch(String token) {
        EvidenceLinks.Grant grant = links.verify(token, court.court(), Timestamps.now());
        Subject subject = QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = access.loadToJudge(grant.referralId(), AuditAction.EVIDENCE_COURT_ACCESS);
            return new Subject(referral, manifestItem(referral, grant.itemId()));
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
        String observed = released.integrityFailure() ? null : Sha256.of(released.bytes());
        if (released.integrityFailure() || !item.sha256().equals(observed)) {
            recordAccess(subject, EvidenceAccess.Outcome.INTEGRITY_FAILURE, observed);
            Log.errorf("INTEGRITY FAILURE: evidence item %s of referral %s: manifest %s, bytes %s", item.itemId(),
                    subject.referral().referenceNumber, item.sha256(),
                    observed == null ? "refused by cases-service" : observed);
            throw new ProblemException(ProblemType.INTEGRITY_FAILURE, "evidence.integrity-failure");
        }
        recordAccess(subject, EvidenceAccess.Outcome.SERVED, observed);
        return new Served(item, released.bytes());
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
            record.stamp(caller, now);
            record.persist();
            if (outcome == EvidenceAccess.Outcome.SERVED) {
                audit.success(AuditAction.EVIDENCE_COURT_ACCESS, AuditRecordType.EVIDENCE_ITEM, record.itemId);
            } else {
                audit.denied(AuditAction.EVIDENCE_COURT_ACCESS, AuditRecordType.EVIDENCE_ITEM, record.itemId);
            }
        });
    }

    private static ManifestItem manifestItem(Referral referral, UUID itemId) {
        return ReferralVersion.of(referral.id, referral.submittedVersion).flatMap(v -> v.item(itemId))
                .orElseThrow(() -> ProblemException.notFound("evidence.not-in-manifest"));
    }
}
