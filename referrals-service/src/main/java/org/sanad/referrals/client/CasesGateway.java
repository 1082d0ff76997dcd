package org.sanad.referrals.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sanad.core.http.EvidenceDownloads;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.ServiceTokens;

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

    @ConfigProperty(name = "quarkus.rest-client.cases-service.url")
    URI casesUrl;

    @ConfigProperty(name = "quarkus.rest-client.cases-service.connect-timeout", defaultValue = "2000")
    long connectTimeoutMillis;

    @ConfigProperty(name = "quarkus.rest-client.cases-service.read-timeout", defaultValue = "30000")
    long readTimeoutMillis;

    private volatile HttpClient http;

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

    /**
     * An item's bytes released to a court, as a stream with the hash cases-service recorded, or
     * {@link Released#integrityFailure()} when cases-service refused them as changed. Read with
     * the JDK's HTTP client, which hands the body over as it arrives: a large file is never held
     * here whole. The caller closes the stream.
     */
    public Released release(UUID itemId, String court, String referenceNumber) {
        URI uri = URI.create(casesUrl.toString().replaceAll("/+$", "") + "/court-releases/evidence/" + itemId + "?court="
                + URLEncoder.encode(court, StandardCharsets.UTF_8) + "&referral="
                + URLEncoder.encode(referenceNumber, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", tokens.bearer())
                .timeout(Duration.ofMillis(readTimeoutMillis)).GET().build();
        HttpResponse<InputStream> answer;
        try {
            answer = http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            Log.warnf(e, "cases-service could not be reached to release evidence item %s", itemId);
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        int status = answer.statusCode();
        if (status == 200) {
            return new Released(answer.body(), answer.headers().firstValue(EvidenceDownloads.SHA256_HEADER).orElse(null),
                    answer.headers().firstValueAsLong("Content-Length").orElse(-1), false);
        }
        String problem = problemOf(answer);
        if (status == 409 && problem.contains(ProblemType.INTEGRITY_FAILURE.uri().toString())) {
            return new Released(null, null, -1, true);
        }
        if (status == 410) {
            throw new ProblemException(ProblemType.EVIDENCE_PURGED, "evidence.purged");
        }
        if (status == 401) {
            tokens.refused();
        }
        Log.warnf("cases-service did not release evidence item %s: HTTP %d", itemId, status);
        throw unavailable();
    }

    /** @param size the bytes' length as cases-service announced it, -1 when it did not */
    public record Released(InputStream body, String sha256, long size, boolean integrityFailure) {
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(connectTimeoutMillis)).build();
            http = client;
        }
        return client;
    }

    /** A refusal's body, a problem document (at most 64 KiB of it). */
    private static String problemOf(HttpResponse<InputStream> answer) {
        try (InputStream body = answer.body()) {
            return new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.UNAVAILABLE, "cases.unavailable");
    }
}
