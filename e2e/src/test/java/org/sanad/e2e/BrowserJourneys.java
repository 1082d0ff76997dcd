package org.sanad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web apps' browser journeys (Debian's Chromium, the real Keycloak login page, axe-core on every
 * page: web-kit/browser/harness.mjs) run against the suite as the tests run it: the citizen portal's
 * (citizen-web/test/browser/journeys.mjs, the portal on :8090) and the officer console's
 * (officer-web/test/browser/journeys.mjs, the console on :8095), with the services' first instances
 * and Keycloak on :8180. A journey answers what it saw as one JSON line; its log goes to
 * target/e2e/&lt;app&gt;-&lt;journey&gt;.log, its screenshots to &lt;module&gt;/target/screenshots/ and
 * &lt;module&gt;/target/browser-failures/ (a failure).
 */
final class BrowserJourneys {

    static final String PORTAL_URL = "http://localhost:8090";
    static final String CONSOLE_URL = "http://localhost:8095";
    private static final String KEYCLOAK = Suite.KEYCLOAK.substring(0, Suite.KEYCLOAK.indexOf("/realms/"));
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** The citizen portal's journeys. */
    static final BrowserJourneys PORTAL = new BrowserJourneys("portal", "citizen-web", Map.of(
            "PORTAL_URL", PORTAL_URL,
            "COMPLAINTS_URL", Suite.url("complaints-service", 1),
            "KEYCLOAK_URL", KEYCLOAK));

    /** The officer console's journeys. */
    static final BrowserJourneys CONSOLE = new BrowserJourneys("console", "officer-web", Map.of(
            "CONSOLE_URL", CONSOLE_URL,
            "COMPLAINTS_URL", Suite.url("complaints-service", 1),
            "CASES_URL", Suite.url("cases-service", 1),
            "REFERRALS_URL", Suite.url("referrals-service", 1),
            "KEYCLOAK_URL", KEYCLOAK));

    private final String app;
    private final Path home;
    private final Map<String, String> environment;

    private BrowserJourneys(String app, String module, Map<String, String> environment) {
        this.app = app;
        this.home = Suite.ROOT.resolve(module);
        this.environment = environment;
    }

    /** Runs the journey with its arguments; answers its JSON, or fails with its log. */
    JsonNode run(String journey, String... arguments) {
        List<String> command = new ArrayList<>(List.of("node", "test/browser/journeys.mjs", journey));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(Suite.LOGS);
            Path log = Suite.LOGS.resolve(app + "-" + journey + ".log").toAbsolutePath();
            Path answer = Suite.LOGS.resolve(app + "-" + journey + ".json").toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectError(log.toFile()).redirectOutput(answer.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the " + app + "'s " + journey + " journey did not finish in " + TIMEOUT.toMinutes() + " minutes:\n"
                        + Files.readString(log));
            }
            String printed = Files.readString(answer).strip();
            assertEquals(0, process.exitValue(), "the " + app + "'s " + journey + " journey failed: " + printed + "\n"
                    + Files.readString(log));
            return Suite.json(printed.substring(printed.lastIndexOf('\n') + 1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
