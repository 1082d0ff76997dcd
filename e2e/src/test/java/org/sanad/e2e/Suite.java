package org.sanad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sanad.sandbox.Sandbox;

/**
 * The suite as the sandbox bundle runs it, driven from the tests: the bundle's own scripts start and
 * stop it (and single service instances), a real Keycloak issues the tokens, and the clients
 * generated from the committed contracts talk to the services over HTTP.
 */
final class Suite {

    /** The repository: what the tests take from it (the browser page, the contracts) stays there. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /**
     * The suite's home, where its scripts run: the sandbox bundle (sandbox/) as CI builds it, unpacked
     * into target/sandbox by this module's build, so every run tests the archive a team downloads;
     * outside the Maven build (no {@code sanad.home}), the repository, whose scripts build what changed.
     */
    static final Path HOME = Path.of(System.getProperty("sanad.home", ROOT.toString())).toAbsolutePath().normalize();
    static final String KEYCLOAK = Sandbox.KEYCLOAK;
    static final Path LOGS = Path.of("target", "e2e");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Suite() {
    }

    /** Runs one of the suite's scripts from its home; its output goes to target/e2e/. */
    static void script(String... command) {
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(String.join("-", command).replaceAll("[^A-Za-z0-9.-]", "_") + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // from the repository (no sanad.home): the Maven build running these tests has just built the services
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

    // where the suite listens, the tokens, the waiting: the sandbox module's, which the demo records use too

    /** An instance's API port, as scripts/service.sh gives it; its management port is 1000 above. */
    static int port(String service, int instance) {
        return Sandbox.port(service, instance);
    }

    static String url(String service, int instance) {
        return Sandbox.url(service, instance);
    }

    static String token(String user) {
        return Sandbox.token(user);
    }

    static String clientToken(String client) {
        return Sandbox.clientToken(client);
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

    static <T> T await(String what, Duration timeout, Supplier<T> check) {
        return Sandbox.await(what, timeout, check);
    }

    static String header(Map<String, List<String>> headers, String name) {
        return Sandbox.header(headers, name);
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
}
