package org.sanad.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running sandbox as a caller sees it (scripts/run-local.sh, or the bundle's start.sh): where each
 * service instance listens, the demo people's and demo courts' tokens from its Keycloak, and the
 * published Java clients (clients/java) pointed at it with a caller's token.
 */
public final class Sandbox {

    public static final String KEYCLOAK = "http://localhost:8180/realms/sanad/protocol/openid-connect/token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sandbox() {
    }

    /** An instance's API port, as scripts/service.sh gives it; its management port is 1000 above. */
    public static int port(String service, int instance) {
        int base = switch (service) {
            case "complaints-service" -> 8081;
            case "cases-service" -> 8082;
            case "referrals-service" -> 8083;
            default -> throw new IllegalArgumentException(service);
        };
        return base + 10 * (instance - 1);
    }

    public static String url(String service, int instance) {
        return "http://localhost:" + port(service, instance);
    }

    /** The published client of complaints-service's instance, as the token's holder (none: anonymous). */
    public static org.sanad.client.complaints.ApiClient complaints(String token, int instance) {
        org.sanad.client.complaints.ApiClient client = new org.sanad.client.complaints.ApiClient();
        client.updateBaseUri(url("complaints-service", instance));
        client.setRequestInterceptor(as(token));
        return client;
    }

    public static org.sanad.client.cases.ApiClient cases(String token) {
        org.sanad.client.cases.ApiClient client = new org.sanad.client.cases.ApiClient();
        client.updateBaseUri(url("cases-service", 1));
        client.setRequestInterceptor(as(token));
        return client;
    }

    public static org.sanad.client.referrals.ApiClient referrals(String token) {
        org.sanad.client.referrals.ApiClient client = new org.sanad.client.referrals.ApiClient();
        client.updateBaseUri(url("referrals-service", 1));
        client.setRequestInterceptor(as(token));
        return client;
    }

    /** The bearer token (when there is one) and English problem texts on every request. */
    private static Consumer<HttpRequest.Builder> as(String token) {
        return request -> {
            if (token != null) {
                request.setHeader("Authorization", "Bearer " + token);
            }
            request.setHeader("Accept-Language", "en");
        };
    }

    /** A demo person's access token: the password grant on the local-only client (password = user name). */
    public static String token(String user) {
        return tokenFor("grant_type=password&client_id=sanad-console&username=" + enc(user) + "&password=" + enc(user));
    }

    /** A machine client's access token (client credentials; local secret {@code <client>-secret}). */
    public static String clientToken(String client) {
        return tokenFor("grant_type=client_credentials&client_id=" + enc(client) + "&client_secret=" + enc(client + "-secret"));
    }

    private static String tokenFor(String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + KEYCLOAK, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to {@code timeout} for {@code check} to answer non-null, then answers it. */
    public static <T> T await(String what, Duration timeout, Supplier<T> check) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T value = check.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The first value of a response header, whatever the case of its name. */
    public static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
