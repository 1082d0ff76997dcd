package org.sanad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
        String served = Management.request().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
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

    /**
     * What a generated client needs from every operation of the served contract: a name
     * (operationId), each parameter of its path declared, a security decision (a role requirement,
     * or {@code security: []} for a public one), {@code Accept-Language} (problems are Arabic or
     * English by it) and {@code Content-Language} on its problem answers, and, for a 201, the schema
     * of what is created (a tracking secret or an evidence hash must not be typed as void).
     */
    public static void assertEveryOperationIsUsableByAGeneratedClient() throws IOException {
        String served = Management.request().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonNode contract = new ObjectMapper().readTree(served);
        List<String> gaps = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            String name = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            if (!operation.has("security")) {
                gaps.add(name + " declares no security");
            }
            Matcher template = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (template.find()) {
                String parameter = template.group(1);
                boolean declared = false;
                for (JsonNode candidate : operation.path("parameters")) {
                    declared |= parameter.equals(candidate.path("name").asText()) && "path".equals(candidate.path("in").asText());
                }
                if (!declared) {
                    gaps.add(name + " does not declare its path parameter " + parameter);
                }
            }
            if (operation.path("operationId").asText().isEmpty()) {
                gaps.add(name + " has no operationId");
            }
            boolean acceptLanguage = false;
            for (JsonNode parameter : operation.path("parameters")) {
                acceptLanguage |= parameter.path("$ref").asText().equals("#/components/parameters/AcceptLanguage");
            }
            if (!acceptLanguage) {
                gaps.add(name + " does not declare Accept-Language");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getValue().path("content").has("application/problem+json")
                        && !response.getValue().path("headers").has("Content-Language")) {
                    gaps.add(name + " answers a " + response.getKey() + " problem without Content-Language");
                }
            });
            JsonNode created = operation.path("responses").path("201");
            if (!created.isMissingNode() && created.path("content").isEmpty()) {
                gaps.add(name + " answers 201 without a schema");
            }
        }));
        assertEquals(List.of(), gaps);
    }
}
