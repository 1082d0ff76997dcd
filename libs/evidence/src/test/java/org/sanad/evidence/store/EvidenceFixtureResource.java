package org.sanad.evidence.store;

import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sanad.core.http.EvidenceDownloads;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.evidence.EvidenceIntake;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Test fixture: the least a service does with the store, over HTTP. An upload streams through
 * {@link EvidenceIntake} into the {@link EvidenceStore} with nothing held while the client sends,
 * then commits the object in a short transaction of its own, as a service does when it records
 * what refers to it; a download is checked against the hash the caller recorded and streamed with
 * {@link EvidenceDownloads}. It has no record of its own, so the object's id is what the caller
 * keeps. Open to everyone: the services' resources make the security decisions, not this one.
 */
@Path("/evidence-fixture")
@PermitAll
public class EvidenceFixtureResource {

    @Inject
    EvidenceStore store;

    @ConfigProperty(name = "evidence-fixture.allowed-content-types")
    Set<String> allowedContentTypes;

    @ConfigProperty(name = "evidence-fixture.max-bytes")
    long maxBytes;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        EvidenceIntake.ReceivedFile received = new EvidenceIntake(allowedContentTypes, maxBytes, store)
                .receive(fileName, contentType, body);
        QuarkusTransaction.requiringNew().run(() -> store.commit(received.objectId()));
        return Response.status(Response.Status.CREATED).entity(received).build();
    }

    /** @param sha256 the hash the caller recorded on arrival */
    @GET
    @Path("/{objectId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("objectId") UUID objectId, @QueryParam("sha256") String sha256) {
        EvidenceStore.Opened object;
        try {
            object = store.openVerified(objectId, sha256);
        } catch (EvidenceIntegrityException e) {
            throw new ProblemException(ProblemType.INTEGRITY_FAILURE, "problem.integrity-failure.detail");
        }
        return EvidenceDownloads.attachment(out -> store.copy(object, out), object.size(), null, null, object.sha256());
    }
}
