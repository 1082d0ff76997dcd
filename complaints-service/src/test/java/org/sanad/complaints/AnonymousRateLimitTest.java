package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.complaints.domain.Complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A script cannot file without end or guess tracking secrets: anonymous routes answer 429 past
 * their limits, per client, however the path is spelled. The tests reach the service through a
 * trusted proxy (their own address, {@link TightLimitsProfile}), each test as its own client.
 */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class AnonymousRateLimitTest {

    private static RequestSpecification from(String client) {
        return given().header("X-Forwarded-For", client);
    }

    private static String body() {
        try {
            return new ObjectMapper().writeValueAsString(complaint("IQ-BG"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uses up {@code client}'s anonymous filings. */
    private static void fileUntilRefused(String client) {
        while (from(client).contentType(ContentType.JSON).body(complaint("IQ-BG")).when().post("/anonymous-complaints")
                .then().extract().statusCode() != 429) {
            // once more
        }
    }

    /** Files straight from the local address {@code peer}, which is not a trusted proxy, saying it forwards for {@code client}. */
    private static int fileFromPeer(String peer, String client) throws IOException {
        return RawHttp.sendFrom(peer, "POST", "/anonymous-complaints",
                List.of("Content-Type: application/json", "X-Forwarded-For: " + client), body().getBytes(UTF_8)).status();
    }

    @Test
    void anonymousFilingIsBoundedPerSourceAndTheRefusalSaysWhenToRetry() {
        for (int i = 0; i < 2; i++) {
            from("198.51.100.1").contentType(ContentType.JSON).body(complaint("IQ-BG")).when().post("/anonymous-complaints")
                    .then().statusCode(201);
        }
        long before = QuarkusTransaction.requiringNew().call(() -> Complaint.count());
        from("198.51.100.1").contentType(ContentType.JSON).header("Accept-Language", "ar").body(complaint("IQ-BG"))
                .when().post("/anonymous-complaints").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:sanad:problem:too-many-requests"))
                .body("title", equalTo("طلبات كثيرة جداً"));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Complaint.count()));
        // a signed-in citizen's own filing is not the anonymous route's business
        from("198.51.100.1").auth().oauth2(TOKENS.citizen("limits-citizen")).contentType(ContentType.JSON)
                .body(complaint("IQ-BG")).when().post("/complaints").then().statusCode(201);
    }

    @Test
    void trackingLookUpsAreBoundedSoSecretsCannotBeGuessed() {
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            int status = from("198.51.100.2").header("X-Tracking-Secret", "GUESS" + i).when()
                    .get("/tracking/IQ-2026-AAAA-BBBB").then().extract().statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertEquals(2, refused);
    }

    /** Behind the ingress, one client using up its filings does not lock out the others. */
    @Test
    void eachClientBehindATrustedProxyHasItsOwnLimit() {
        fileUntilRefused("198.51.100.3");
        from("198.51.100.4").contentType(ContentType.JSON).body(complaint("IQ-BG")).when().post("/anonymous-complaints")
                .then().statusCode(201);
    }

    /** A peer that is not a trusted proxy cannot pick the address it is counted under. */
    @Test
    void aForwardedForFromAPeerThatIsNoTrustedProxyIsIgnored() throws IOException {
        int filed = 0;
        for (int i = 0; i < 4; i++) {
            filed += fileFromPeer("127.0.0.2", "198.51.100." + (10 + i)) == 201 ? 1 : 0;
        }
        assertEquals(2, filed);
        // the address it named is still untouched
        from("198.51.100.10").contentType(ContentType.JSON).body(complaint("IQ-BG")).when().post("/anonymous-complaints")
                .then().statusCode(201);
    }

    /** No spelling of the path the router answers escapes the limits: they go by the route it matched. */
    @ParameterizedTest
    @ValueSource(strings = { "/anonymous-complaints/", "/anonymous-complaints//", "/anonymous-complaints;x=1",
            "/anonymous-complaints/;x=1", "/anonymous-complaints/.", "//anonymous-complaints", "/%61nonymous-complaints" })
    void noSpellingOfTheFilingPathEscapesItsLimit(String path) throws Exception {
        String client = "203.0.113." + Math.floorMod(path.hashCode(), 250);
        fileUntilRefused(client);
        int status = AnonymousPathVariantsTest.send("POST", path, null, body(), "X-Forwarded-For", client).statusCode();
        assertTrue(status == 429 || status == 404 || status == 405, path + " answered " + status);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/tracking/IQ-2026-AAAA-BBBB/", "/tracking/IQ-2026-AAAA-BBBB;x=1", "/tracking;x=1/IQ-2026-AAAA-BBBB",
            "/tracking//IQ-2026-AAAA-BBBB", "/tracking/IQ-2026-AAAA-BBBB/.", "/%74racking/IQ-2026-AAAA-BBBB" })
    void noSpellingOfATrackingPathEscapesItsLimit(String path) throws Exception {
        String client = "192.0.2." + Math.floorMod(path.hashCode(), 250);
        while (from(client).header("X-Tracking-Secret", "GUESS").when().get("/tracking/IQ-2026-AAAA-BBBB")
                .then().extract().statusCode() != 429) {
            // until this client's look-ups are used up
        }
        int status = AnonymousPathVariantsTest.send("GET", path, null, null, "X-Tracking-Secret", "GUESS",
                "X-Forwarded-For", client).statusCode();
        assertEquals(429, status, path);
    }

    /** Forwarded headers a trusted proxy passes on, malformed: the request is answered, never a 5xx. */
    @ParameterizedTest
    @ValueSource(strings = { "X-Forwarded-For: ;;;", "X-Forwarded-For: 999.999.999.999", "X-Forwarded-For: [::1",
            "X-Forwarded-For: unknown", "X-Forwarded-For: \u00ff\u00ff", "X-Forwarded-For: ::1", "X-Forwarded-Port: abc",
            "X-Forwarded-Port: 99999999", "X-Forwarded-Proto: gopher", "X-Forwarded-Host: a b", "X-Forwarded-Ssl: on",
            "X-Forwarded-Prefix: /../x", "Forwarded: for=\"[::1\"" })
    void aMalformedForwardedHeaderIsNeverAServerError(String header) throws IOException {
        int status = RawHttp.send("GET", "/tracking/IQ-2026-AAAA-BBBB", List.of("X-Tracking-Secret: GUESS", header), null)
                .status();
        assertTrue(status >= 400 && status < 500, header + " answered " + status);
    }

    /**
     * A peer that is no trusted proxy cannot reach Quarkus's forwarded-header parser at all: an
     * empty X-Forwarded-For, which would leave that parser's request unanswered, is just ignored.
     */
    @Test
    void aPeerThatIsNoTrustedProxyCannotReachTheForwardedHeaderParser() throws IOException {
        int status = RawHttp.sendFrom("127.0.0.2", "GET", "/tracking/IQ-2026-AAAA-BBBB",
                List.of("X-Tracking-Secret: GUESS", "X-Forwarded-For: "), null).status();
        assertTrue(status == 404 || status == 429, "answered " + status);
    }
}
