package org.sanad.referrals.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.sanad.core.problem.ProblemException;
import org.sanad.core.identity.Caller;
import org.sanad.referrals.config.ReferralsConfig;

/** The court a court system's token speaks for, from its court-code claim. */
@RequestScoped
public class CourtCaller {

    @Inject
    Caller caller;

    @Inject
    ReferralsConfig config;

    /** The caller's court code; a court-system token without one is refused (403). */
    public String court() {
        return caller.claim(config.courtClaim()).filter(court -> !court.isBlank())
                .orElseThrow(() -> ProblemException.forbidden("court.no-code"));
    }
}
