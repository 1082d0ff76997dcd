package org.sanad.core.http;

import static io.restassured.RestAssured.given;
import static org.sanad.core.fixtures.Fixtures.TOKENS;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Nothing a service answers stays in a browser's or a proxy's cache unless the answer says so: reads,
 * refusals at the security layer and in a resource, and unknown routes are no-store; a document that
 * sets its own Cache-Control keeps it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class NoStoreTest {

    @Test
    void readsRefusalsAndUnknownRoutesAreNoStore() {
        given().auth().oauth2(TOKENS.officer("intake-officer", "IQ-BG")).get("/fixtures/caller").then().statusCode(200)
                .header("Cache-Control", "no-store");
        given().get("/fixtures/caller").then().statusCode(401).header("Cache-Control", "no-store");
        given().auth().oauth2(TOKENS.citizen("no-store-citizen")).get("/fixtures/caller/officers-only").then().statusCode(403)
                .header("Cache-Control", "no-store");
        given().get("/fixtures/no-such-route").then().statusCode(404).header("Cache-Control", "no-store");
    }

    @Test
    void aDocumentThatSaysHowLongItMayBeCachedKeepsItsOwnCacheControl() {
        given().get("/fixtures/cached").then().statusCode(200).header("Cache-Control", "public, max-age=3600");
    }
}
