package org.sanad.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The drift check of a service's committed contract ({@code src/main/openapi/openapi.yaml})
 * against the document it serves. After a deliberate API change, regenerate the file with
 * {@code -Dopenapi.update=true} and commit it with the change, so reviewers and the teams of
 * other services see the contract move.
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");

    private OpenApiContract() {
    }

    public static void assertServedMatchesCommitted() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        // kept for diffing when the comparison fails
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi-served.yaml"), served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "The API differs from " + COMMITTED.toAbsolutePath()
                + ". If the change is intended, regenerate the contract with -Dopenapi.update=true and commit it.");
    }
}
