package org.sanad.referrals.client;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.sanad.referrals.api.VictimIdentity;

/** complaints-service, through its committed contract: a victim's identity for a court, as this service. */
@RegisterRestClient(configKey = "complaints-service")
public interface ComplaintsClient {

    /** complaints-service's {@code DisclosureRequest}. */
    record DisclosureRequest(String courtCode, String referenceNumber, String reason) {
    }

    @POST
    @Path("/complaints/{id}/victim-disclosures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    VictimIdentity disclose(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID complaintId,
            DisclosureRequest request);
}
