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
 * The citizen portal's browser journeys (citizen-web/test/browser/journeys.mjs: Debian's Chromium,
 * the real Keycloak login page, axe-core on every page) run against the suite as the tests run it:
 * the portal on :8090, complaints-service's first instance, Keycloak on :8180. A journey answers
 * what it saw as one JSON line; its log goes to target/e2e/portal-&lt;journey&gt;.log, its screenshots
 * to citizen-web/target/screenshots/ (pages) and citizen-web/target/browser-failures/ (a failure).
 */
final class PortalJourneys {

    static final String PORTAL = "http://localhost:8090";
    private static final Path SCRIPT_HOME = Suite.ROOT.resolve("citizen-web");
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private PortalJourneys() {
    }

    /** Runs the journey with its arguments; answers its JSON, or fails with its log. */
    static JsonNode run(String journey, String... arguments) {
        List<String> command = new ArrayList<>(List.of("node", "test/browser/journeys.mjs", journey));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(Suite.LOGS);
            Path log = Suite.LOGS.resolve("portal-" + journey + ".log").toAbsolutePath();
            Path answer = Suite.LOGS.resolve("portal-" + journey + ".json").toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(command).directory(SCRIPT_HOME.toFile())
                    .redirectError(log.toFile()).redirectOutput(answer.toFile());
            builder.environment().putAll(Map.of(
                    "PORTAL_URL", PORTAL,
                    "COMPLAINTS_URL", Suite.url("complaints-service", 1),
                    "KEYCLOAK_URL", Suite.KEYCLOAK.substring(0, Suite.KEYCLOAK.indexOf("/realms/"))));
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the portal's " + journey + " journey did not finish in " + TIMEOUT.toMinutes() + " minutes:\n"
                        + Files.readString(log));
            }
            String printed = Files.readString(answer).strip();
            assertEquals(0, process.exitValue(), "the portal's " + journey + " journey failed: " + printed + "\n"
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
