package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The alert on overdue CRITICAL complaints pages someone in every overlay, on the gauge
 * complaints-service really exports (its name read from the service's source, as Micrometer names
 * it for Prometheus), and its runbook link leads to the runbook's section.
 */
class TriageAlertRuleTest {

    private static final Path ROOT = Path.of("..");
    private static final Path METRICS = ROOT.resolve(
            "complaints-service/src/main/java/org/sanad/complaints/risk/RiskMetrics.java");
    private static final Pattern OVERDUE_GAUGE = Pattern.compile("OVERDUE = \"([a-z.]+)\"");

    /** The overdue gauge's name in Prometheus: Micrometer writes dots as underscores. */
    static String exportedGauge() throws Exception {
        Matcher gauge = OVERDUE_GAUGE.matcher(Files.readString(METRICS));
        assertTrue(gauge.find(), METRICS + " names no OVERDUE gauge");
        return gauge.group(1).replace('.', '_');
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void overdueCriticalComplaintsPageSomeoneOnTheExportedGauge(String overlay) throws Exception {
        List<JsonNode> objects = KubernetesManifestsTest.render(overlay);
        JsonNode rules = KubernetesManifestsTest.named(objects, "PrometheusRule", "complaints-service");
        JsonNode rule = StreamSupport.stream(rules.path("spec").path("groups").spliterator(), false)
                .flatMap(group -> StreamSupport.stream(group.path("rules").spliterator(), false))
                .filter(r -> "OverdueCriticalComplaints".equals(r.path("alert").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no alert OverdueCriticalComplaints"));

        String expr = rule.path("expr").asText();
        assertTrue(expr.contains(exportedGauge() + "{priority=\"CRITICAL\"}"), overlay + ": " + expr);
        assertTrue(expr.matches(".*\\)\\s*>\\s*0\\s*$"), overlay + ": fires on any overdue complaint: " + expr);
        assertEquals("5m", rule.path("for").asText());
        assertEquals("page", rule.path("labels").path("severity").asText());

        String runbook = rule.path("annotations").path("runbook_url").asText();
        String[] target = runbook.split("#", 2);
        assertEquals(2, target.length, "the runbook link names its section: " + runbook);
        Path page = ROOT.resolve(target[0]);
        assertTrue(Files.isRegularFile(page), runbook + ": no such file");
        assertTrue(DocumentationLinksTest.anchors(page).contains(target[1]), runbook + ": no such section");
    }
}
