package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The committed contract ({@code src/main/openapi/openapi.yaml}) must be what the code serves.
 * After a deliberate API change, regenerate it with
 * {@code ./mvnw -pl complaints-service test -Dtest=OpenApiContractTest -Dopenapi.update=true}
 * and commit it with the change, so reviewers and client teams see the contract move.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("src/main/openapi/openapi.yaml");

    @Test
    void theServedContractIsTheCommittedOne() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        // kept for diffing when the comparison fails
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi-served.yaml"), served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "The API differs from " + CONTRACT.toAbsolutePath()
                + ". If the change is intended, regenerate the contract with -Dopenapi.update=true and commit it.");
    }
}
