package org.sanad.referrals.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** cases-service, through its committed contract. */
@RegisterRestClient(configKey = "cases-service")
public interface CasesClient {

    /** What a referral is built from; {@code bearer} is the prosecutor's own token. */
    @GET
    @Path("/cases/{id}/referral-basis")
    @Produces(MediaType.APPLICATION_JSON)
    ReferralBasis referralBasis(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID caseId);

    // an evidence item's bytes released to a court are streamed by CasesGateway#release, not read here
}
