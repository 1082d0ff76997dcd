package org.sanad.complaints.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** cases-service, called as this service (OIDC client credentials). */
@RegisterRestClient(configKey = "cases-service")
@OidcClientFilter
@Path("/complaint-deliveries")
public interface CasesClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    DeliveryReceipt deliver(CaseDelivery delivery);
}
