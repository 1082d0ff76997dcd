package org.sanad.officerweb;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The console's server as an officer's browser meets it: the page and the bundle it names, with the
 * headers that keep it from being framed, from running anything but its own bundle, from talking to
 * anything but the three APIs and the login, and from leaving anything in a station's browser cache.
 */
@QuarkusTest
class ConsoleServerTest {

    private static final Pattern SCRIPT = Pattern.compile("<script type=\"module\" src=\"(/assets/app-[A-Z0-9]+\\.js)\"></script>");

    @Test
    void thePageNamesItsBundleAndHoldsNoInlineScriptOrStyle() {
        String page = given().get("/").then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        Matcher script = SCRIPT.matcher(page);
        assertTrue(script.find(), "index.html names no bundle: " + page);
        assertFalse(page.replace(script.group(), "").contains("<script"), "an inline or second script: " + page);
        assertFalse(page.contains("<style") || page.contains(" style="), "inline style, which the CSP refuses: " + page);
        given().get(script.group(1)).then().statusCode(200).contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=31536000, immutable");
    }

    @Test
    void everyAnswerButTheBundleIsNoStoreAndCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/config.json", "/icon.svg", "/no-such-page", "/assets/app-DOESNOTEXIST.js"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", equalTo(SecurityHeaders.contentSecurityPolicy(settings())))
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-store");
        }
    }

    @Test
    void thePageConnectsOnlyToTheThreeApisAndTheLogin() {
        String policy = given().get("/").header("Content-Security-Policy");
        assertTrue(policy.contains(
                "connect-src 'self' http://localhost:8081 http://localhost:8082 http://localhost:8083 http://localhost:8180;"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("*"), policy);
        assertNull(given().get("/").header("Strict-Transport-Security"), "HSTS over plain HTTP (tests, local runs)");
    }

    @Test
    void theAppLearnsWhereTheApisAndTheLoginAreAndWhenAnIdleScreenLogsOut() {
        given().get("/config.json").then().statusCode(200)
                .body("complaintsApi", equalTo("http://localhost:8081"))
                .body("casesApi", equalTo("http://localhost:8082"))
                .body("referralsApi", equalTo("http://localhost:8083"))
                .body("oidcIssuer", equalTo("http://localhost:8180/realms/sanad"))
                .body("oidcClientId", equalTo("sanad-officer-web"))
                .body("idleMinutes", equalTo(15));
    }

    private static ConsoleSettings settings() {
        return Arc.container().instance(ConsoleSettings.class).get();
    }

    /**
     * The bundle's files are named by their content: one series of request metrics for them all, not
     * one per release. The exposition is written to target/metrics/exposition.txt, where
     * deployment-tests' MetricsCatalogTest checks the web apps' dashboard against it.
     */
    @Test
    void theBundlesFilesAreCountedAsOneRouteInTheMetrics() throws IOException {
        String page = given().get("/").then().statusCode(200).extract().asString();
        Matcher script = SCRIPT.matcher(page);
        assertTrue(script.find());
        given().get(script.group(1)).then().statusCode(200);
        URI management = URI.create(TestHTTPResourceManager.getManagementUri());
        String metrics = given().baseUri(management.getScheme() + "://" + management.getHost()).port(management.getPort())
                .get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("uri=\"/assets/{file}\""), "the bundle's requests are not counted under /assets/{file}");
        assertFalse(metrics.contains("uri=\"/assets/app-"), "a series per bundle file name");
        Path exposition = Path.of("target/metrics/exposition.txt");
        Files.createDirectories(exposition.getParent());
        Files.writeString(exposition, metrics);
    }
}
