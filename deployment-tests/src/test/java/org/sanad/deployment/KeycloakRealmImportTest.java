package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
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
 *
 * <p>Production's realm also has the login protections of k8s/keycloak/realm-production.json, which
 * the local realm leaves out on purpose: brute-force lockout, a password policy, a one-time code at
 * every browser login of every officer role, no password grant. The local realm's demo people have
 * short passwords this policy would refuse at import, and the local scripts and the e2e tests log in
 * with passwords only.
 */
class KeycloakRealmImportTest {

    private static final Path REALM = Path.of("..", "local", "sanad-realm.json");
    private static final Path IMPORT = Path.of("..", "k8s", "keycloak", "realm-import.yaml");
    private static final Path PRODUCTION = Path.of("..", "k8s", "keycloak", "realm-production.json");
    private static final String SECRET = "keycloak-client-secrets";
    /** Held through every officer role (a composite of each): the browser flow asks its holders for a one-time code. */
    static final String SECOND_FACTOR = "second-factor-required";
    /** The roles that are no officer's: citizens, and the machines that log in with client credentials. */
    static final Set<String> NOT_OFFICERS = Set.of("citizen", "court-system", "service-client");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** The KeycloakRealmImport the realm file makes. */
    static ObjectNode importOf(JsonNode localRealm) throws IOException {
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
        // the login protections: added, never replacing what the local realm says
        JSON.readTree(PRODUCTION.toFile()).properties().forEach(field -> {
            assertFalse(realm.has(field.getKey()), PRODUCTION + " would replace the realm's " + field.getKey());
            realm.set(field.getKey(), field.getValue());
        });
        ArrayNode roles = (ArrayNode) realm.path("roles").path("realm");
        for (JsonNode role : roles) {
            if (!NOT_OFFICERS.contains(role.path("name").asText())) {
                ((ObjectNode) role).put("composite", true).putObject("composites").putArray("realm").add(SECOND_FACTOR);
            }
        }
        roles.addObject().put("name", SECOND_FACTOR)
                .put("description", "Held through every officer role: a one-time code at every browser login");
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
                    # the suite's realm without the demo people and the local-only client, with the login
                    # protections of realm-production.json; each client secret comes from the Secret
                    # keycloak-client-secrets (k8s/secrets.example.yaml). Edit those two files, not this one.
                    # The operator imports a realm once: later changes are made in Keycloak.
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

    /**
     * Guessing is slowed and then locked out, passwords are long, every officer role needs a
     * one-time code at every browser login, and no client and no flow takes a password grant.
     */
    @Test
    void theProductionRealmLocksOutGuessingWantsLongPasswordsAndASecondFactorFromEveryOfficer() throws IOException {
        JsonNode spec = YAML.readTree(IMPORT.toFile()).path("spec");
        RealmRepresentation realm = JSON.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .treeToValue(spec.path("realm"), RealmRepresentation.class);
        assertTrue(Boolean.TRUE.equals(realm.isBruteForceProtected()), "no brute-force detection");
        assertTrue(realm.getFailureFactor() != null && realm.getFailureFactor() <= 10, "more than 10 failures before a lockout");
        assertTrue(realm.getMaxFailureWaitSeconds() != null && realm.getMaxFailureWaitSeconds() >= 300, "lockouts shorter than 5 minutes");
        Matcher length = Pattern.compile("(?:^|\\s)length\\((\\d+)\\)").matcher(String.valueOf(realm.getPasswordPolicy()));
        assertTrue(length.find() && Integer.parseInt(length.group(1)) >= 12, "passwords shorter than 12: " + realm.getPasswordPolicy());
        assertTrue(realm.getPasswordPolicy().contains("notUsername"), "a password may be the username");

        // every officer role carries the second factor's role; the citizens' and the machines' do not
        Set<String> officers = new TreeSet<>();
        realm.getRoles().getRealm().forEach(role -> {
            if (NOT_OFFICERS.contains(role.getName()) || SECOND_FACTOR.equals(role.getName())) {
                assertTrue(role.getComposites() == null, role.getName() + " is asked for a second factor");
                return;
            }
            officers.add(role.getName());
            assertTrue(role.getComposites() != null && role.getComposites().getRealm().contains(SECOND_FACTOR),
                    role.getName() + ": an officer role without a second factor");
        });
        assertEquals(Set.of("intake-officer", "investigator", "supervisor", "prosecutor", "auditor", "admin"), officers);

        // the browser flow: after the password, a conditional subflow on that role whose one-time code is required
        Map<String, AuthenticationFlowRepresentation> flows = new HashMap<>();
        realm.getAuthenticationFlows().forEach(flow -> flows.put(flow.getAlias(), flow));
        Map<String, AuthenticatorConfigRepresentation> configs = new HashMap<>();
        realm.getAuthenticatorConfig().forEach(config -> configs.put(config.getAlias(), config));
        AuthenticationFlowRepresentation browser = flows.get(realm.getBrowserFlow());
        assertTrue(browser != null && browser.isTopLevel(), "the browser flow " + realm.getBrowserFlow() + " is not in the realm");
        List<AuthenticationExecutionExportRepresentation> forms = browser.getAuthenticationExecutions().stream()
                .filter(e -> e.isAuthenticatorFlow()).map(e -> flows.get(e.getFlowAlias()).getAuthenticationExecutions())
                .findFirst().orElseThrow();
        assertEquals("auth-username-password-form", forms.get(0).getAuthenticator());
        assertEquals("REQUIRED", forms.get(0).getRequirement());
        boolean officersNeedACode = forms.stream().filter(e -> e.isAuthenticatorFlow() && "CONDITIONAL".equals(e.getRequirement()))
                .map(e -> flows.get(e.getFlowAlias()).getAuthenticationExecutions()).anyMatch(subflow -> {
                    List<AuthenticationExecutionExportRepresentation> conditions = subflow.stream()
                            .filter(e -> e.getAuthenticator() != null && e.getAuthenticator().startsWith("conditional-")).toList();
                    return conditions.size() == 1 && "conditional-user-role".equals(conditions.get(0).getAuthenticator())
                            && Map.of("condUserRole", SECOND_FACTOR, "negate", "false")
                                    .equals(configs.get(conditions.get(0).getAuthenticatorConfig()).getConfig())
                            && subflow.stream().anyMatch(e -> "auth-otp-form".equals(e.getAuthenticator())
                                    && "REQUIRED".equals(e.getRequirement()));
                });
        assertTrue(officersNeedACode, "the browser flow asks no officer for a one-time code");
        browser.getAuthenticationExecutions().forEach(e -> assertTrue(e.isAuthenticatorFlow()
                || List.of("auth-cookie", "identity-provider-redirector").contains(e.getAuthenticator()),
                "the browser flow lets " + e.getAuthenticator() + " in past the password and the code"));

        // password grants would skip the browser flow: refused by every client and by the flow itself
        realm.getClients().forEach(client -> assertFalse(Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled()),
                client.getClientId() + ": password grant"));
        assertEquals(List.of("deny-access-authenticator"), flows.get(realm.getDirectGrantFlow()).getAuthenticationExecutions()
                .stream().map(AuthenticationExecutionExportRepresentation::getAuthenticator).toList());
    }
}
