package org.sanad.core.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.core.fixtures.Fixtures.TOKENS;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/** A verified token's identity serves that token's later requests, and only that token's, until it expires. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
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

    private static ValidatableResponse whoAmI(String token) {
        return given().auth().oauth2(token).when().get("/fixtures/caller").then();
    }

    @Test
    void aTokensSecondRequestIsServedByTheIdentityItsFirstBuiltAndNoOneElsesIs() {
        String amal = TOKENS.citizen("citizen-verified-amal");
        whoAmI(amal).statusCode(200);
        double hits = hits();
        double misses = misses();

        whoAmI(amal).statusCode(200).body("subject", equalTo("citizen-verified-amal"));
        whoAmI(amal).statusCode(200).body("subject", equalTo("citizen-verified-amal"));
        assertEquals(hits + 2, hits(), "both requests found the token verified by its first");
        assertEquals(misses, misses());

        // another citizen's token is verified on its own and is that citizen's, roles included
        String other = TOKENS.citizen("citizen-verified-other");
        whoAmI(other).statusCode(200).body("subject", equalTo("citizen-verified-other")).body("roles", equalTo("citizen"));
        given().auth().oauth2(other).when().get("/fixtures/caller/officers-only").then().statusCode(403);
        // an officer of another governorate, twice: the kept identity keeps its scope
        String basra = TOKENS.officer("intake-officer", "IQ-BA");
        whoAmI(basra).statusCode(200).body("subject", equalTo("intake-officer-IQ-BA")).body("governorate", equalTo("IQ-BA"));
        whoAmI(basra).statusCode(200).body("subject", equalTo("intake-officer-IQ-BA")).body("governorate", equalTo("IQ-BA"))
                .body("roles", equalTo("intake-officer"));
        assertEquals(misses + 2, misses(), "each other token was verified once");
        assertEquals(hits + 4, hits(), "each token's second request found it verified");
    }

    @Test
    void aTamperedCopyOfAKeptTokenIsVerifiedAndRefused() {
        String amal = TOKENS.citizen("citizen-verified-tamper");
        whoAmI(amal).statusCode(200);
        double hits = hits();
        double misses = misses();
        // one character in the middle of the signature (the last one may carry only padding bits)
        int at = amal.lastIndexOf('.') + 100;
        String tampered = amal.substring(0, at) + (amal.charAt(at) == 'A' ? 'B' : 'A') + amal.substring(at + 1);
        whoAmI(tampered).statusCode(401);
        whoAmI(tampered).statusCode(401);
        // the payload of Amal's token under no signature at all
        String unsigned = amal.substring(0, amal.lastIndexOf('.') + 1);
        whoAmI(unsigned).statusCode(401);
        assertEquals(misses + 3, misses(), "refused tokens are never kept: the second tampered copy missed too");
        assertEquals(hits, hits());
        whoAmI(amal).statusCode(200).body("subject", equalTo("citizen-verified-tamper"));
        assertEquals(hits + 1, hits());
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpires() throws InterruptedException {
        String shortLived = TOKENS.citizenExpiringIn("citizen-verified-expiring", 3);
        whoAmI(shortLived).statusCode(200);
        double hits = hits();
        whoAmI(shortLived).statusCode(200);
        assertEquals(hits + 1, hits());

        Thread.sleep(4_000);
        whoAmI(shortLived).statusCode(401);
        assertTrue(hits() <= hits + 1, "an expired entry is not a hit");
    }
}
