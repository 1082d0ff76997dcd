package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.etag;
import static org.sanad.referrals.Referrals.reply;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submit;
import static org.sanad.referrals.Referrals.submitted;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.courtsignature.ReferralSignature;
import org.sanad.courtsignature.ReferralVerifier;
import org.sanad.courtsignature.SigningKeys;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.signing.UnsignedVersions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * Each submitted version is signed once; a court verifies what it received against the published
 * keys, offline, with libs/court-signature (docs/referral-signatures.md).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class ReferralSignaturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The test profile's current key (application.properties), by its thumbprint. */
    private static final String CURRENT_KID = SigningKeys.parse(
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"37vpehER3hRcFXacTLf1xpS9zimxEsSDkm-jFKBG_jU\","
                    + "\"y\":\"WmpiZ6sCEOaBeqreprDJIpkjyV53Lxw_iTdLyCzA5fI\",\"d\":\"AAXsns0gvtopYoIycDymV6kkvgyTxcbWocPm2CTJwHI\"}",
            null).current().kid();

    /** The test profile's retired key, whose public half alone is configured: it signed "before the rotation". */
    private static final SigningKeys RETIRED = SigningKeys.parse(
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"NLhc1zApKR74F1mW6uVQXUy9fwioLdlQFj87HRaU8QI\","
                    + "\"y\":\"RgVVH8shffQGL_Rm_xKKIT5lZVPVayrYv1L_UZU3OD0\",\"d\":\"O5J3P3h-1rXjhCvQSx-mJYaLO8eLDy5qDso7Szir8VU\"}",
            null);

    @Inject
    UnsignedVersions unsigned;

    @Test
    void aSubmittedVersionVerifiesAgainstThePublishedKeys() throws Exception {
        String start = feedPosition();
        String id = submitted(stubCase(GOVERNORATE), PMC);

        JsonNode version = courtReads(id, 1);
        assertEquals("ES256", version.at("/signature/alg").asText());
        assertEquals("RFC8785", version.at("/signature/canonicalization").asText());
        assertEquals(CURRENT_KID, verifier().verify(version));

        JsonNode entry = JSON.readTree(given().auth().oauth2(TOKENS.court(PMC)).queryParam("after", start).when()
                .get("/court/feed").then().statusCode(200).extract().asString()).at("/items/0/referral");
        assertEquals(id, entry.get("id").asText());
        assertEquals(version.get("signature"), entry.get("signature"), "the feed's snapshot carries the same signature");
        assertEquals(CURRENT_KID, verifier().verify(entry));
    }

    @Test
    void theSignatureOutlivesTheCourtsRepliesAndIsNeverMadeAgain() throws Exception {
        String id = submitted(stubCase(GOVERNORATE), PMC);
        JsonNode before = courtReads(id, 1);
        reply(PMC, id, "receipt", Map.of("version", 1)).statusCode(200);
        reply(PMC, id, "review", Map.of("version", 1, "outcome", "ACCEPTED")).statusCode(200);

        JsonNode after = courtReads(id, 1);
        assertEquals("ACCEPTED", after.get("status").asText());
        assertEquals(before.get("signature"), after.get("signature"));
        verifier().verify(after);
    }

    @Test
    void aTamperedManifestHashDefendantNameOrSignatureFails() throws Exception {
        String id = submitted(stubCase(GOVERNORATE), PMC);
        ReferralVerifier verifier = verifier();

        ObjectNode hash = courtReads(id, 1);
        ((ObjectNode) hash.at("/evidence/0")).put("sha256", "0".repeat(64));
        assertRejected(verifier, hash);

        ObjectNode name = courtReads(id, 1);
        ((ObjectNode) name.at("/defendants/0")).put("name", "شخص آخر");
        assertRejected(verifier, name);

        ObjectNode signature = courtReads(id, 1);
        String jws = signature.at("/signature/jws").asText();
        String forged = jws.substring(0, jws.length() - 4) + (jws.endsWith("AAAA") ? "BBBB" : "AAAA");
        ((ObjectNode) signature.get("signature")).put("jws", forged);
        assertRejected(verifier, signature);
    }

    @Test
    void afterARotationAVersionSignedBeforeStillVerifiesAndANewVersionIsSignedWithTheNewKey() throws Exception {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        // version 1 as it was signed before the rotation, by the key now retired
        ReferralSignature old = RETIRED.current().sign(courtReads(id, 1));
        QuarkusTransaction.requiringNew().run(() -> ReferralVersion.update(
                "signatureJws = ?1, signatureKid = ?2 where referralId = ?3 and number = 1", old.jws(), old.kid(),
                UUID.fromString(id)));

        reply(PMC, id, "receipt", Map.of("version", 1)).statusCode(200);
        reply(PMC, id, "review", Map.of("version", 1, "outcome", "RETURNED", "reasons",
                List.of(Map.of("reason", "ناقص")))).statusCode(200);
        given().auth().oauth2(PROSECUTOR).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(stubbed.draft(PMC)).when().put("/referrals/" + id).then().statusCode(200);
        submit(id).statusCode(200);

        ReferralVerifier verifier = verifier();
        assertEquals(RETIRED.current().kid(), verifier.verify(courtReads(id, 1)));
        assertEquals(CURRENT_KID, verifier.verify(courtReads(id, 2)));
    }

    @Test
    void aVersionSubmittedBeforeVersionsWereSignedIsSignedAtStart() throws Exception {
        String id = submitted(stubCase(GOVERNORATE), PMC);
        QuarkusTransaction.requiringNew().run(() -> ReferralVersion.update(
                "signatureJws = null, signatureKid = null where referralId = ?1", UUID.fromString(id)));
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id + "/versions/1").then()
                .statusCode(200).body("$", not(hasKey("signature")));

        assertTrue(unsigned.signAll() >= 1);
        assertEquals(CURRENT_KID, verifier().verify(courtReads(id, 1)));
        assertEquals(0, unsigned.signAll(), "a version is signed once");
    }

    @Test
    void aDraftIsNotSigned() {
        String id = Referrals.draft(PROSECUTOR, stubCase(GOVERNORATE).draft(PMC)).statusCode(201)
                .body("$", not(hasKey("signature"))).extract().path("id");
        given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id).then().statusCode(200)
                .body("draft", equalTo(true)).body("$", not(hasKey("signature")));
    }

    @Test
    void theKeysArePublicCacheableAndRevalidated() {
        String etag = given().when().get("/court/jwks").then().statusCode(200)
                .contentType(containsString("application/jwk-set+json"))
                .header("Cache-Control", containsString("max-age=300"))
                .body("keys.kid", equalTo(List.of(CURRENT_KID, RETIRED.current().kid())))
                .body("keys.alg", equalTo(List.of("ES256", "ES256")))
                .body("keys.d", equalTo(Arrays.asList(null, null)))
                .extract().header("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);
        given().header("If-None-Match", etag).when().get("/court/jwks").then().statusCode(304);
        given().header("If-None-Match", "W/" + etag + ", \"other\"").when().get("/court/jwks").then().statusCode(304)
                .header("ETag", etag);
        given().header("If-None-Match", "\"another\"").when().get("/court/jwks").then().statusCode(200);
        // no other precondition is read: a stray or malformed If-Match on this read is no 412
        given().header("If-Match", "\"").when().get("/court/jwks").then().statusCode(200);
        // no token is needed; a court's own is accepted as well, and one that is not a token is refused
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/jwks").then().statusCode(200);
        given().auth().oauth2("not-a-token").when().get("/court/jwks").then().statusCode(401);
    }

    private static ObjectNode courtReads(String id, int number) throws Exception {
        return (ObjectNode) JSON.readTree(given().auth().oauth2(TOKENS.court(PMC)).when()
                .get("/court/referrals/" + id + "/versions/" + number).then().statusCode(200).extract().asString());
    }

    private static ReferralVerifier verifier() {
        return ReferralVerifier.of(given().when().get("/court/jwks").then().statusCode(200).extract().asString());
    }

    /** The end of the court's feed: a cursor after everything it holds now. */
    private static String feedPosition() {
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = given().auth().oauth2(TOKENS.court(PMC)).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            var page = request.when().get("/court/feed").then().statusCode(200).extract();
            cursor = page.path("next");
            more = page.path("hasMore");
        }
        return cursor;
    }

    private static void assertRejected(ReferralVerifier verifier, JsonNode version) {
        assertThrows(ReferralVerifier.Rejected.class, () -> verifier.verify(version));
    }
}
