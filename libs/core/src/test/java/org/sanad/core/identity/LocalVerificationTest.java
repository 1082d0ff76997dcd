package org.sanad.core.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;

/**
 * A bearer token is verified here, against the realm's keys, or refused: never sent to the
 * identity provider's introspection endpoint. Otherwise every garbage token on a public route
 * would be one call to Keycloak (an amplifier against it) and an ERROR line when Keycloak refuses.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LocalVerificationTest {

    @OidcWireMock
    WireMockServer oidcServer;

    /** Records at ERROR or above, from anywhere in the service. */
    private static final class Errors extends Handler {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                lines.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private int introspections() {
        return oidcServer.countRequestsMatching(anyRequestedFor(urlPathMatching(".*introspect.*")).build()).getCount();
    }

    private static void refused(String token) {
        given().auth().oauth2(token).when().get("/fixtures/caller").then().statusCode(401)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(401));
    }

    @Test
    void aTokenThatIsNoJwtOrSignedByAStrangerIsRefusedHereWithoutAskingTheIdentityProviderOrLoggingAnError()
            throws NoSuchAlgorithmException {
        String stranger = Jwt.preferredUserName("mallory").groups(Set.of("citizen")).issuer("https://server.example.com")
                .audience("sanad-core-test").jws().keyId("not-a-key-of-the-realm")
                .sign(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
        Errors errors = new Errors();
        Logger root = Logger.getLogger("");
        root.addHandler(errors);
        int before = introspections();
        try {
            refused("not-a-jwt");
            refused("eyJhbGciOiJSUzI1NiJ9.garbage.garbage");
            refused(stranger);
        } finally {
            root.removeHandler(errors);
        }
        assertEquals(before, introspections(), "a refused token was sent to the introspection endpoint");
        assertTrue(errors.lines.isEmpty(), "a refused token was logged as an error: " + errors.lines);
    }
}
