package org.sanad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The suite as scripts/run-local.sh runs it, driven from the tests: the stack's own scripts start
 * and stop it (and single service instances), a real Keycloak issues the tokens, and the clients
 * generated from the committed contracts talk to the services over HTTP.
 */
final class Suite {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String KEYCLOAK = "http://localhost:8180/realms/sanad/protocol/openid-connect/token";
    static final Path LOGS = Path.of("target", "e2e");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Suite() {
    }

    /** Runs one of the suite's scripts from the repository root; its output goes to target/e2e/. */
    static void script(String... command) {
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(String.join("-", command).replaceAll("[^A-Za-z0-9.-]", "_") + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // the Maven build running these tests has just built the services
            builder.environment().put("SANAD_BUILD", "if-missing");
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in 10 minutes; see " + log);
            }
            assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + Files.readString(log));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void start(String service, int instance) {
        script("scripts/service.sh", "start", service, Integer.toString(instance));
    }

    static void stop(String service, int instance) {
        script("scripts/service.sh", "stop", service, Integer.toString(instance));
    }

    /** An instance's API port, as scripts/service.sh gives it; its management port is 1000 above. */
    static int port(String service, int instance) {
        int base = switch (service) {
            case "complaints-service" -> 8081;
            case "cases-service" -> 8082;
            case "referrals-service" -> 8083;
            default -> throw new IllegalArgumentException(service);
        };
        return base + 10 * (instance - 1);
    }

    static String url(String service, int instance) {
        return "http://localhost:" + port(service, instance);
    }

    /** A demo person's access token: the password grant on the local-only client (password = user name). */
    static String token(String user) {
        return tokenFor("grant_type=password&client_id=sanad-console&username=" + enc(user) + "&password=" + enc(user));
    }

    /** A machine client's access token (client credentials; local secret {@code <client>-secret}). */
    static String clientToken(String client) {
        return tokenFor("grant_type=client_credentials&client_id=" + enc(client) + "&client_secret=" + enc(client + "-secret"));
    }

    private static String tokenFor(String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), "Keycloak refused a token: " + response.body());
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A Prometheus gauge of a service instance's management port (the outbox backlog, say). */
    static double metric(String service, int instance, String name) {
        int management = port(service, instance) + 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + management + "/q/metrics")).build();
        try {
            String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return body.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to {@code timeout} for {@code check} to answer non-null, then answers it. */
    static <T> T await(String what, Duration timeout, Supplier<T> check) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T value = check.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("waited " + timeout.toSeconds() + " s for " + what);
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
    static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
