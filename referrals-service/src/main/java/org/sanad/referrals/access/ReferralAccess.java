package org.sanad.referrals.access;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.audit.AuditAction;
import org.sanad.audit.AuditLog;
import org.sanad.core.problem.ProblemException;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.kernel.security.Roles;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.audit.ReferralsAuditRecord;

/**
 * Record-level access to referrals: prosecutors work on the referrals of the governorate they
 * serve; a court system sees only the referrals submitted to its own court. Any other referral
 * is, for a court, not there at all (404), so guessing ids reveals nothing. Refusals are audited.
 */
@ApplicationScoped
public class ReferralAccess {

    @Inject
    GovernorateScope scope;

    @Inject
    CourtCaller court;

    @Inject
    AuditLog audit;

    public Referral load(UUID id) {
        return Referral.<Referral> findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("referral.not-found"));
    }

    /** Draft, amend, submit, close and read a referral: prosecutors of its governorate. */
    public boolean canPrepare(Referral referral) {
        return scope.canWork(Roles.PROSECUTOR, referral.governorate);
    }

    public void requirePrepare(Referral referral, AuditAction action) {
        if (!canPrepare(referral)) {
            scope.refuse(action, ReferralsAuditRecord.REFERRAL, referral.id);
        }
    }

    /** Read and answer a referral: the court system of the court it was submitted to. */
    public boolean canJudge(Referral referral) {
        return referral.submittedVersion != null && referral.courtCode.equals(court.court());
    }

    public void requireJudge(Referral referral, AuditAction action) {
        if (!canJudge(referral)) {
            throw ProblemException.notFound("referral.not-found").audited(action, ReferralsAuditRecord.REFERRAL, referral.id);
        }
    }

    public Referral loadToPrepare(UUID id, AuditAction action) {
        Referral referral = load(id);
        requirePrepare(referral, action);
        return referral;
    }

    /** For a court: a referral that does not exist and one of another court look the same. */
    public Referral loadToJudge(UUID id, AuditAction action) {
        Referral referral = Referral.findById(id);
        if (referral == null) {
            throw ProblemException.notFound("referral.not-found").audited(action, ReferralsAuditRecord.REFERRAL, id);
        }
        requireJudge(referral, action);
        return referral;
    }
}
