package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.file;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A verified token's identity serves that token's later requests, and only that token's, until it expires. */
@QuarkusTest
@WithTestResource(io.quarkus.test.oidc.server.OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class VerifiedTokensTest {

    @Inject
    MeterRegistry registry;

    // counted per look-up, so entries of earlier tests expiring meanwhile cannot move them
    private double lookUps(String result) {
        return registry.get("cache.gets").tag("cache", "sanad.verified.tokens").tag("result", result).functionCounter()
                .count();
    }

    private double hits() {
        return lookUps("hit");
    }

    private double misses() {
        return lookUps("miss");
    }

    @Test
    void aTokensSecondRequestIsServedByTheIdentityItsFirstBuiltAndNoOneElsesIs() {
        String amal = TOKENS.citizen("citizen-verified-amal");
        String id = file(amal, complaint("IQ-BG")).statusCode(201).extract().path("id");
        double hits = hits();
        double misses = misses();

        given().auth().oauth2(amal).when().get("/complaints/" + id).then().statusCode(200);
        given().auth().oauth2(amal).when().get("/complaints/" + id).then().statusCode(200);
        assertEquals(hits + 2, hits(), "both reads found the token verified when the complaint was filed");
        assertEquals(misses, misses());

        // another citizen's token is verified on its own and sees nothing of Amal's
        String other = TOKENS.citizen("citizen-verified-other");
        given().auth().oauth2(other).when().get("/complaints/" + id).then().statusCode(404);
        given().auth().oauth2(other).when().get("/complaints/" + id).then().statusCode(404);
        // an officer of another governorate, twice: the kept identity keeps its scope
        String basra = TOKENS.officer("intake-officer", "IQ-BA");
        given().auth().oauth2(basra).when().get("/complaints/" + id).then().statusCode(403);
        given().auth().oauth2(basra).when().get("/complaints/" + id).then().statusCode(403);
        assertEquals(misses + 2, misses(), "each other token was verified once");
        assertEquals(hits + 4, hits(), "each token's second request found it verified");
    }

    @Test
    void aTamperedCopyOfAKeptTokenIsVerifiedAndRefused() {
        String amal = TOKENS.citizen("citizen-verified-tamper");
        String id = file(amal, complaint("IQ-BG")).statusCode(201).extract().path("id");
        double hits = hits();
        double misses = misses();
        // one character in the middle of the signature (the last one may carry only padding bits)
        int at = amal.lastIndexOf('.') + 100;
        String tampered = amal.substring(0, at) + (amal.charAt(at) == 'A' ? 'B' : 'A') + amal.substring(at + 1);
        given().auth().oauth2(tampered).when().get("/complaints/" + id).then().statusCode(401);
        given().auth().oauth2(tampered).when().get("/complaints/" + id).then().statusCode(401);
        // the payload of Amal's token under no signature at all
        String unsigned = amal.substring(0, amal.lastIndexOf('.') + 1);
        given().auth().oauth2(unsigned).when().get("/complaints/" + id).then().statusCode(401);
        assertEquals(misses + 3, misses(), "refused tokens are never kept: the second tampered copy missed too");
        assertEquals(hits, hits());
        given().auth().oauth2(amal).when().get("/complaints/" + id).then().statusCode(200);
        assertEquals(hits + 1, hits());
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpires() throws InterruptedException {
        String shortLived = TOKENS.citizenExpiringIn("citizen-verified-expiring", 3);
        String id = file(shortLived, complaint("IQ-BG")).statusCode(201).extract().path("id");
        double hits = hits();
        given().auth().oauth2(shortLived).when().get("/complaints/" + id).then().statusCode(200);
        assertEquals(hits + 1, hits());

        Thread.sleep(4_000);
        given().auth().oauth2(shortLived).when().get("/complaints/" + id).then().statusCode(401);
        assertTrue(hits() <= hits + 1, "an expired entry is not a hit");
    }
}
