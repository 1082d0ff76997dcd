package org.sanad.courtsimulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;

/**
 * The court system's access tokens, by the client credentials grant at Keycloak's token endpoint:
 * with a client secret, or with a client assertion signed by the court's private key
 * (private_key_jwt). A token is reused until shortly before it expires.
 */
public final class CourtCredentials {

    /** A token this close to its expiry is not used for another request. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    private final String tokenUrl;

    private final String clientId;

    private final String secret;

    private final JWK privateKey;

    private String token;

    private Instant expiresAt = Instant.MIN;

    private CourtCredentials(HttpClient http, String tokenUrl, String clientId, String secret, JWK privateKey) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.secret = secret;
        this.privateKey = privateKey;
    }

    public static CourtCredentials withSecret(HttpClient http, String tokenUrl, String clientId, String secret) {
        return new CourtCredentials(http, tokenUrl, clientId, secret, null);
    }

    /** @param privateKey the court's private JWK (RSA or EC P-256), whose public half Keycloak holds for the client */
    public static CourtCredentials withPrivateKey(HttpClient http, String tokenUrl, String clientId, JWK privateKey) {
        return new CourtCredentials(http, tokenUrl, clientId, null, privateKey);
    }

    public String clientId() {
        return clientId;
    }

    /** How the court authenticates, for the one line that says so. */
    public String method() {
        return privateKey != null ? "private_key_jwt (" + privateKey.getKeyType() + " key " + privateKey.getKeyID() + ")"
                : "client secret";
    }

    /** A valid access token, fetched anew when the last one is about to expire. */
    public synchronized String accessToken() {
        if (token == null || Instant.now().plus(MARGIN).isAfter(expiresAt)) {
            fetch();
        }
        return token;
    }

    private void fetch() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + (privateKey != null
                ? "&client_assertion_type=" + encode(ClientAssertion.TYPE)
                        + "&client_assertion=" + encode(ClientAssertion.sign(clientId, tokenUrl, privateKey))
                : "&client_secret=" + encode(secret));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable("The token endpoint " + tokenUrl + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("Interrupted while asking " + tokenUrl + " for a token", e);
        }
        if (response.statusCode() != 200) {
            throw new Unreachable("Keycloak refused a token to " + clientId + " (" + response.statusCode() + "): " + response.body());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            token = body.path("access_token").asText();
            expiresAt = Instant.now().plusSeconds(body.path("expires_in").asLong(60));
        } catch (IOException e) {
            throw new Unreachable("The token endpoint answered no JSON: " + response.body(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
