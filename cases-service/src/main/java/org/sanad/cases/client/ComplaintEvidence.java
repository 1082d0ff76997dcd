package org.sanad.cases.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sanad.core.hashing.Sha256;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

import io.quarkus.logging.Log;

/**
 * A complaint's evidence file fetched from complaints-service, its answers in this service's
 * terms: its integrity failure is passed on as one (409), a file it purged as purged (410), its
 * refusal as a refusal (403), anything else as an outage (503), never a 500. The file is read as
 * it arrives and never held here whole (an intake file is up to 25 MiB, the heap 128 MiB, and
 * several investigators may verify at once). Called outside transactions.
 */
@ApplicationScoped
public class ComplaintEvidence {

    @Inject
    @RestClient
    ComplaintEvidenceClient client;

    /**
     * The file's SHA-256, hashed as its bytes arrive.
     *
     * @param bearer whose read it is: the investigator's own token, or this service's for a court release
     */
    public String sha256(String bearer, UUID complaintId, UUID evidenceId) {
        try (InputStream body = open(bearer, complaintId, evidenceId)) {
            return Sha256.of(body);
        } catch (IOException e) {
            Log.warnf("complaints-service's evidence file %s broke off while it was read: %s", evidenceId, e.getMessage());
            throw unavailable();
        }
    }

    /**
     * The file as a stream that the caller reads and closes; refusals and outages are problems
     * before the first byte.
     */
    public InputStream open(String bearer, UUID complaintId, UUID evidenceId) {
        try {
            return client.content(bearer, complaintId, evidenceId);
        } catch (WebApplicationException e) {
            throw switch (e.getResponse().getStatus()) {
                case 409 -> new ProblemException(ProblemType.INTEGRITY_FAILURE, "evidence.verify.complaint-integrity");
                case 410 -> new ProblemException(ProblemType.EVIDENCE_PURGED, "evidence.complaint-purged");
                case 403, 404 -> ProblemException.forbidden("evidence.verify.complaint-refused");
                default -> unavailable();
            };
        } catch (ProcessingException e) {
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE, "evidence.verify.complaints-unavailable");
    }
}
