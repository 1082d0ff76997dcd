package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * k8s/keycloak/realm-import.yaml is the local stack's realm (local/sanad-realm.json) as production
 * imports it: without the demo people and the local-only client, every client secret a placeholder
 * the operator fills from the Secret keycloak-client-secrets. An edit of one that is not made in the
 * other fails here; {@code -Drealm.update=true} rewrites the import from the realm file. The import
 * is also read as Keycloak reads it (its own RealmRepresentation, no unknown field).
 */
class KeycloakRealmImportTest {

    private static final Path REALM = Path.of("..", "local", "sanad-realm.json");
    private static final Path IMPORT = Path.of("..", "k8s", "keycloak", "realm-import.yaml");
    private static final String SECRET = "keycloak-client-secrets";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** The KeycloakRealmImport the realm file makes. */
    static ObjectNode importOf(JsonNode localRealm) {
        ObjectNode realm = localRealm.deepCopy();
        ObjectNode placeholders = JSON.createObjectNode();
        ArrayNode clients = JSON.createArrayNode();
        Set<String> kept = new TreeSet<>();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("attributes").path("sanad.local-only").asBoolean(false)) {
                continue;
            }
            ObjectNode copy = client.deepCopy();
            String clientId = copy.path("clientId").asText();
            if (copy.has("secret")) {
                String variable = "CLIENT_SECRET_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_');
                copy.put("secret", "${" + variable + "}");
                placeholders.putObject(variable).putObject("secret").put("name", SECRET).put("key", clientId);
            }
            kept.add(clientId);
            clients.add(copy);
        }
        realm.set("clients", clients);
        ArrayNode users = JSON.createArrayNode();
        for (JsonNode user : realm.path("users")) {
            // the service accounts of the kept clients stay (they carry those clients' roles);
            // people, who all have demo passwords, never reach production
            if (kept.contains(user.path("serviceAccountClientId").asText("")) && !user.has("credentials")) {
                users.add(user);
            }
        }
        realm.set("users", users);
        ObjectNode object = JSON.createObjectNode();
        object.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        object.put("kind", "KeycloakRealmImport");
        object.putObject("metadata").put("name", "sanad-realm");
        ObjectNode spec = object.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        spec.set("placeholders", placeholders);
        spec.set("realm", realm);
        return object;
    }

    @Test
    void theImportIsTheLocalRealmWithoutItsDemoPeopleOrSecrets() throws IOException {
        JsonNode expected = importOf(JSON.readTree(REALM.toFile()));
        if (Boolean.getBoolean("realm.update")) {
            String header = """
                    # GENERATED from local/sanad-realm.json by KeycloakRealmImportTest (-Drealm.update=true):
                    # the suite's realm without the demo people and the local-only client; each client secret
                    # comes from the Secret keycloak-client-secrets (k8s/secrets.example.yaml). Edit the realm
                    # file, not this one. The operator imports a realm once: later changes are made in Keycloak.
                    """;
            Files.writeString(IMPORT, header + YAML.writeValueAsString(expected), StandardCharsets.UTF_8);
        }
        JsonNode committed = YAML.readTree(IMPORT.toFile());
        assertEquals(expected, committed, IMPORT + " is not the import of " + REALM + ": run with -Drealm.update=true");
    }

    @Test
    void theImportIsARealmKeycloakReadsWithNoPasswordsNoLiteralSecretsAndPkceForThePublicClients() throws IOException {
        JsonNode spec = YAML.readTree(IMPORT.toFile()).path("spec");
        RealmRepresentation realm = JSON.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .treeToValue(spec.path("realm"), RealmRepresentation.class);
        assertEquals("sanad", realm.getRealm());
        assertEquals("external", realm.getSslRequired());
        realm.getUsers().forEach(user -> {
            assertTrue(user.getCredentials() == null || user.getCredentials().isEmpty(), user.getUsername() + " has a password");
            assertTrue(user.getServiceAccountClientId() != null, user.getUsername() + " is a person");
        });
        Pattern placeholder = Pattern.compile("^\\$\\{([A-Z0-9_]+)}$");
        Set<String> used = new TreeSet<>();
        for (ClientRepresentation client : realm.getClients()) {
            String id = client.getClientId();
            if (Boolean.TRUE.equals(client.isPublicClient())) {
                assertEquals("S256", client.getAttributes().get("pkce.code.challenge.method"), id + ": no PKCE");
                assertFalse(Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled()), id + ": password grant on a public client");
                assertFalse(Boolean.TRUE.equals(client.isImplicitFlowEnabled()), id + ": implicit flow");
                assertFalse(client.getRedirectUris().contains("*"), id + ": any redirect");
            } else {
                Matcher secret = placeholder.matcher(String.valueOf(client.getSecret()));
                assertTrue(secret.matches(), id + ": a literal client secret");
                used.add(secret.group(1));
            }
        }
        Set<String> declared = new TreeSet<>();
        spec.path("placeholders").properties().forEach(p -> {
            declared.add(p.getKey());
            assertEquals(SECRET, p.getValue().path("secret").path("name").asText(), p.getKey());
        });
        assertEquals(used, declared, "every secret placeholder comes from " + SECRET + ", and none is unused");
    }
}
