package org.sanad.referrals.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sanad.commons.problem.ProblemException;
import org.sanad.referrals.config.ReferralsConfig;

/** The court a court system's token speaks for, from its court-code claim. */
@RequestScoped
public class CourtCaller {

    @Inject
    JsonWebToken token;

    @Inject
    ReferralsConfig config;

    /** The caller's court code; a court-system token without one is refused (403). */
    public String court() {
        Object claim = token.getClaim(config.courtClaim());
        String court = claim instanceof JsonString text ? text.getString() : claim == null ? null : claim.toString();
        if (court == null || court.isBlank()) {
            throw ProblemException.forbidden("court.no-code");
        }
        return court;
    }
}
