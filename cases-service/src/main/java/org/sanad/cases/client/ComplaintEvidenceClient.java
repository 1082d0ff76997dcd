package org.sanad.cases.client;

import java.io.InputStream;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * complaints-service's evidence files, read on behalf of the calling investigator with their own
 * token, so complaints-service applies its governorate scope and audits the read against them.
 * The body is a stream handed over as it arrives, never a whole file in memory: the caller reads
 * it outside any transaction and closes it.
 */
@RegisterRestClient(configKey = "complaints-service")
@Path("/complaints/{complaintId}/evidence/{evidenceId}/content")
public interface ComplaintEvidenceClient {

    @GET
    @Produces(MediaType.WILDCARD)
    InputStream content(@HeaderParam("Authorization") String bearer, @PathParam("complaintId") UUID complaintId,
            @PathParam("evidenceId") UUID evidenceId);
}
