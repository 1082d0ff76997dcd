package org.sanad.cases.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** complaints-service, called as this service (OIDC client credentials). */
@RegisterRestClient(configKey = "complaints-service")
@OidcClientFilter
@Path("/case-updates")
public interface ComplaintsClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    void announce(CaseUpdate update);
}
