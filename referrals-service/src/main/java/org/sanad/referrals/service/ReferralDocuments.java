package org.sanad.referrals.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.courtsignature.ReferralSignature;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.document.ReferralPdf;
import org.sanad.referrals.signing.ReferralSigning;

/**
 * A version as a printable PDF, for whoever may read it as JSON: the read itself (access, scope,
 * audit) is the JSON read's, in its transaction; the document is laid out after it.
 */
@ApplicationScoped
public class ReferralDocuments {

    @Inject
    CourtReplyService court;

    @Inject
    ReferralService referrals;

    @Inject
    ReferralSigning signing;

    /** A version submitted to the caller's court (court-system, own court). */
    public Document forCourt(UUID id, int number) {
        return document(court.readVersion(id, number));
    }

    /** A version of a referral of the prosecutor's governorate, a draft included. */
    public Document forProsecutor(UUID id, int number) {
        return document(referrals.readVersion(id, number));
    }

    public record Document(byte[] pdf, String fileName) {
    }

    private Document document(ReferralView view) {
        String signedSha256 = null;
        String jwsSha256 = null;
        if (view.signature() != null) {
            signedSha256 = signing.signedSha256(view);
            jwsSha256 = ReferralSignature.es256(view.signature().jws(), view.signature().kid()).jwsSha256();
        }
        return new Document(ReferralPdf.render(view, signedSha256, jwsSha256),
                view.referenceNumber() + "-v" + view.versionNumber() + ".pdf");
    }
}
