package org.sanad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The drift check of a service's committed contracts against the documents it serves: the whole
 * API ({@code src/main/openapi/openapi.yaml}, {@code /q/openapi}) and its two parts,
 * {@code openapi-public.yaml} ({@code /q/openapi-public}: the apps of citizens and officers, the
 * auditors and administrators included, and the courts; the published clients are built from it)
 * and {@code openapi-internal.yaml} ({@code /q/openapi-internal}: the hand-offs between the suite's
 * own services). After a deliberate API change, regenerate the files with
 * {@code -Dopenapi.update=true} and commit them with the change, so reviewers and the teams of
 * other services see the contract move.
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");
    public static final Path COMMITTED_PUBLIC = Path.of("src/main/openapi/openapi-public.yaml");
    public static final Path COMMITTED_INTERNAL = Path.of("src/main/openapi/openapi-internal.yaml");

    /** The operation extension that overrides what its roles say about its audience. */
    private static final String AUDIENCE = "x-audience";

    private OpenApiContract() {
    }

    /** The whole, the public and the internal documents, each as committed. */
    public static void assertServedMatchesCommitted() throws IOException {
        assertServedMatchesCommitted("/q/openapi", COMMITTED);
        assertServedMatchesCommitted("/q/openapi-public", COMMITTED_PUBLIC);
        assertServedMatchesCommitted("/q/openapi-internal", COMMITTED_INTERNAL);
    }

    private static void assertServedMatchesCommitted(String path, Path committedFile) throws IOException {
        String served = served(path, "application/yaml");
        // kept for diffing when the comparison fails
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target").resolve(committedFile.getFileName().toString().replace(".yaml", "-served.yaml")),
                served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committedFile, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(committedFile) ? Files.readString(committedFile, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "The API differs from " + committedFile.toAbsolutePath()
                + ". If the change is intended, regenerate the contracts with -Dopenapi.update=true and commit them.");
    }

    private static String served(String path, String mediaType) {
        return Management.request().accept(mediaType).when().get(path).then().statusCode(200).extract().asString();
    }

    /**
     * The public and the internal documents split the whole: every operation is in exactly one of
     * them, the same as in the whole; no operation of the public one is for the suite's own
     * services alone (one of the public roles, or none, admits its caller) unless it says {@code x-audience: public}; no internal operation admits a public
     * role unless it says {@code x-audience: internal}; and each keeps exactly the components its
     * operations reach, under its own title (org.sanad.core.openapi.ApiAudiences makes the split).
     */
    public static void assertThePublicAndInternalDocumentsSplitTheWhole(Set<String> publicRoles) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode whole = json.readTree(served("/q/openapi", "application/json"));
        JsonNode publicApi = json.readTree(served("/q/openapi-public", "application/json"));
        JsonNode internalApi = json.readTree(served("/q/openapi-internal", "application/json"));
        assertSplit(whole, publicApi, internalApi, publicRoles);
    }

    /** {@link #assertThePublicAndInternalDocumentsSplitTheWhole()} on documents already read. */
    public static void assertSplit(JsonNode whole, JsonNode publicApi, JsonNode internalApi, Set<String> publicRoles) {
        List<String> gaps = new ArrayList<>();
        Map<String, JsonNode> all = operations(whole);
        Map<String, JsonNode> published = operations(publicApi);
        Map<String, JsonNode> internal = operations(internalApi);
        for (String operation : all.keySet()) {
            int in = (published.containsKey(operation) ? 1 : 0) + (internal.containsKey(operation) ? 1 : 0);
            if (in != 1) {
                gaps.add(operation + " is in " + in + " of the public and internal documents");
            }
        }
        for (String operation : published.keySet()) {
            if (!all.containsKey(operation)) {
                gaps.add(operation + " is public but not in the whole");
            } else if (!admitsThePublic(published.get(operation), publicRoles)) {
                gaps.add(operation + " is public but admits only " + published.get(operation).path("security"));
            } else if (!published.get(operation).equals(all.get(operation))) {
                gaps.add(operation + " differs between the public document and the whole");
            }
        }
        for (String operation : internal.keySet()) {
            if (!all.containsKey(operation)) {
                gaps.add(operation + " is internal but not in the whole");
            } else if (admitsThePublic(internal.get(operation), publicRoles)
                    && !"internal".equals(internal.get(operation).path(AUDIENCE).asText())) {
                gaps.add(operation + " is internal but admits " + internal.get(operation).path("security"));
            }
        }
        for (JsonNode part : List.of(publicApi, internalApi)) {
            String title = part.path("info").path("title").asText();
            if (title.equals(whole.path("info").path("title").asText())) {
                gaps.add("the part titled '" + title + "' has the title of the whole");
            }
            Set<String> reached = reachedComponents(part);
            part.path("components").fields().forEachRemaining(kind -> {
                if (!kind.getKey().equals("securitySchemes")) {
                    kind.getValue().fieldNames().forEachRemaining(name -> {
                        if (!reached.contains(kind.getKey() + "/" + name)) {
                            gaps.add("'" + title + "' keeps " + kind.getKey() + "/" + name + ", which none of its operations uses");
                        }
                    });
                }
            });
            for (String ref : reached) {
                String[] kindAndName = ref.split("/", 2);
                if (part.path("components").path(kindAndName[0]).path(kindAndName[1]).isMissingNode()) {
                    gaps.add("'" + title + "' refers to " + ref + ", which it lacks");
                }
            }
        }
        assertEquals(List.of(), gaps);
    }

    /** Anyone without a role (an empty requirement, a tracking secret) or a public role. */
    private static boolean admitsThePublic(JsonNode operation, Set<String> publicRoles) {
        if ("public".equals(operation.path(AUDIENCE).asText())) {
            return true;
        }
        JsonNode security = operation.path("security");
        if (security.isEmpty()) {
            return true;
        }
        for (JsonNode requirement : security) {
            for (JsonNode roles : requirement) {
                if (roles.isEmpty()) {
                    return true;
                }
                for (JsonNode role : roles) {
                    if (publicRoles.contains(role.asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue())));
        return operations;
    }

    private static Set<String> reachedComponents(JsonNode document) {
        Set<String> reached = new TreeSet<>();
        List<JsonNode> pending = new ArrayList<>(List.of(document.path("paths")));
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            if (node.isObject() && node.path("$ref").asText().startsWith("#/components/")) {
                String ref = node.path("$ref").asText().substring("#/components/".length());
                if (reached.add(ref)) {
                    String[] kindAndName = ref.split("/", 2);
                    pending.add(document.path("components").path(kindAndName[0]).path(kindAndName[1]));
                }
            }
            node.forEach(pending::add);
        }
        return reached;
    }

    /**
     * What a generated client needs from every operation of the served contract: a name
     * (operationId), each parameter of its path declared, a security decision (a role requirement,
     * or {@code security: []} for a public one), {@code Accept-Language} (problems are Arabic or
     * English by it) and {@code Content-Language} on its problem answers, and, for a 201, the schema
     * of what is created (a tracking secret or an evidence hash must not be typed as void).
     */
    public static void assertEveryOperationIsUsableByAGeneratedClient() throws IOException {
        String served = served("/q/openapi", "application/json");
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
