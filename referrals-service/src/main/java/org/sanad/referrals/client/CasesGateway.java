package org.sanad.referrals.client;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.commons.security.ServiceTokens;

import io.quarkus.logging.Log;

/**
 * cases-service's answers turned into this service's terms: its refusals are the caller's, its
 * integrity failures are ours to record, anything else is an outage (503), never a 500. Called
 * only outside transactions.
 */
@ApplicationScoped
public class CasesGateway {

    @Inject
    @RestClient
    CasesClient cases;

    @Inject
    JsonWebToken token;

    @Inject
    ServiceTokens tokens;

    /** What the case offers a referral, read as the calling prosecutor. */
    public ReferralBasis basis(UUID caseId) {
        try {
            return cases.referralBasis("Bearer " + token.getRawToken(), caseId);
        } catch (WebApplicationException e) {
            throw switch (e.getResponse().getStatus()) {
                case 403 -> ProblemException.forbidden("scope.outside-governorate");
                case 404 -> ProblemException.invalidField("caseId", "referral.case.unknown");
                default -> unavailable();
            };
        } catch (ProcessingException e) {
            throw unavailable();
        }
    }

    /** An item's bytes released to a court, or {@link Released#integrityFailure()} when cases-service refused them as changed. */
    public Released release(UUID itemId, String court, String referenceNumber) {
        try (Response answer = cases.courtRelease(tokens.bearer(), itemId, court, referenceNumber)) {
            return new Released(answer.readEntity(byte[].class), false);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409 && isIntegrityFailure(e.getResponse())) {
                return new Released(null, true);
            }
            if (e.getResponse().getStatus() == 410) {
                throw new ProblemException(ProblemType.EVIDENCE_PURGED, "evidence.purged");
            }
            if (e.getResponse().getStatus() == 401) {
                tokens.refused();
            }
            Log.warnf("cases-service did not release evidence item %s: HTTP %d", itemId, e.getResponse().getStatus());
            throw unavailable();
        } catch (ProcessingException e) {
            Log.warnf(e, "cases-service could not be reached to release evidence item %s", itemId);
            throw unavailable();
        }
    }

    public record Released(byte[] bytes, boolean integrityFailure) {
    }

    private static boolean isIntegrityFailure(Response answer) {
        try {
            return answer.readEntity(String.class).contains(ProblemType.INTEGRITY_FAILURE.uri().toString());
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE, "cases.unavailable");
    }
}
