package org.sanad.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.audit.AuditEntry;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.StatusChange;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * However a client spells the anonymous routes' paths (a trailing slash, a doubled slash, matrix
 * parameters, percent-encoding, another case), the router either answers them as the anonymous
 * route, with no trace of who sent them, or not at all: never as a route that records the caller.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class AnonymousPathVariantsTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Sends {@code rawPath} exactly as written: RestAssured would encode or tidy it. */
    static HttpResponse<String> send(String method, String rawPath, String token, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + rawPath))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/anonymous-complaints", "/anonymous-complaints/", "//anonymous-complaints",
            "/anonymous-complaints//", "/anonymous-complaints;x=1", "/anonymous-complaints/;x=1",
            "/anonymous-complaints;/", "/%61nonymous-complaints", "/anonymous%2Dcomplaints", "/anonymous-complaints%2F",
            "/anonymous-complaints%2f", "/./anonymous-complaints", "/x/../anonymous-complaints", "/anonymous-complaints/.",
            "/Anonymous-Complaints", "/ANONYMOUS-COMPLAINTS/", "/anonymous-complaints?x=1" })
    void anAnonymousFilingLeavesNoSubjectHoweverItsPathIsSpelled(String path) throws Exception {
        String subject = "variant-" + UUID.randomUUID();
        HttpResponse<String> response = send("POST", path, TOKENS.citizen(subject),
                new ObjectMapper().writeValueAsString(complaint("IQ-BG")));
        assertNotEquals(500, response.statusCode(), path);
        if (response.statusCode() != 201) {
            assertTrue(response.statusCode() == 404 || response.statusCode() == 405, path + " answered " + response.statusCode());
            return;
        }
        UUID id = UUID.fromString(JsonPath.from(response.body()).getString("id"));
        assertEquals("ANONYMOUS", JsonPath.from(response.body()).getString("complaint.filerKind"));
        QuarkusTransaction.requiringNew().run(() -> {
            assertNull(Complaint.<Complaint> findById(id).filerSubject, path);
            assertEquals(0L, AuditEntry.count("actorSubject", subject), path);
            assertEquals(0L, StatusChange.count("actorSubject", subject), path);
            assertEquals(1L, AuditEntry.count("recordId = ?1 and action = 'complaint.file' and actorSubject = 'anonymous'",
                    id.toString()), path);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "/tracking/{n}", "/tracking/{n}/", "//tracking/{n}", "/tracking//{n}", "/tracking;x=1/{n}",
            "/tracking/{n};x=1", "/%74racking/{n}", "/tracking%2F{n}", "/TRACKING/{n}", "/tracking/./{n}",
            "/x/../tracking/{n}" })
    void aTrackingLookUpIgnoresCredentialsHoweverItsPathIsSpelled(String spelling) throws Exception {
        HttpResponse<String> filed = send("POST", "/anonymous-complaints", null,
                new ObjectMapper().writeValueAsString(complaint("IQ-BG")));
        String id = JsonPath.from(filed.body()).getString("id");
        String path = spelling.replace("{n}", JsonPath.from(filed.body()).getString("trackingNumber"));
        String secret = JsonPath.from(filed.body()).getString("secret");
        String subject = "variant-" + UUID.randomUUID();
        // an expired token would be a 401 if it were read; a valid one would be recorded
        for (String token : new String[] { TOKENS.expiredCitizen(subject), TOKENS.citizen(subject) }) {
            HttpResponse<String> response = send("GET", path, token, null, "X-Tracking-Secret", secret);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 404,
                    path + " answered " + response.statusCode());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0L, AuditEntry.count("actorSubject", subject), path);
            assertEquals(0L, AuditEntry.count("recordId = ?1 and actorSubject <> 'anonymous'", id), path);
        });
    }
}
