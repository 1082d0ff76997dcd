package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.named;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every alert can be acted on: it says how urgent it is ({@code severity} page or ticket), what
 * happened (summary, description), and links to the runbook section that explains it, which must
 * exist and name the alert. Each service has its rules in every overlay, with the alerts the
 * operations issue asks for; what the rules read is checked by {@link MetricsCatalogTest}.
 */
class AlertRulesTest {

    private static final Path ROOT = Path.of("..");
    private static final Set<String> SEVERITIES = Set.of("page", "ticket");
    /** What must wake someone, or make a ticket, in each service. */
    private static final Set<String> EVERY_SERVICE = Set.of("AuditChainBroken", "EvidenceIntegrityFailure", "HandOffsDead",
            "HandOffBacklogGrowing", "HandOffBacklogStalled", "KeyRotationFailing", "KeyRotationUnfinished",
            "ApiErrorBudgetBurn", "ApiErrorBudgetSlowBurn", "ApiLatencyBudgetBurn", "ApiLatencyBudgetSlowBurn");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyAlertSaysHowUrgentWhatHappenedAndWhereTheRunbookExplainsIt(String overlay) throws Exception {
        List<String> problems = new ArrayList<>();
        for (JsonNode file : ofKind(render(overlay), "PrometheusRule")) {
            MetricsCatalogTest.rules(file).filter(rule -> rule.has("alert")).forEach(rule -> {
                String alert = name(file) + " " + rule.path("alert").asText();
                if (!SEVERITIES.contains(rule.path("labels").path("severity").asText())) {
                    problems.add(alert + ": severity is not one of " + SEVERITIES);
                }
                for (String annotation : List.of("summary", "description")) {
                    if (rule.path("annotations").path(annotation).asText().isBlank()) {
                        problems.add(alert + ": no " + annotation);
                    }
                }
                String problem = runbookProblem(rule.path("alert").asText(), rule.path("annotations").path("runbook_url").asText());
                if (problem != null) {
                    problems.add(alert + ": " + problem);
                }
            });
        }
        assertTrue(problems.isEmpty(), overlay + ": " + problems);
    }

    /** What is wrong with an alert's runbook link, or null: it must lead to a section that names the alert. */
    static String runbookProblem(String alert, String runbookUrl) {
        String[] target = runbookUrl.split("#", 2);
        if (target.length != 2 || !target[0].equals("docs/operations/runbook.md")) {
            return "the runbook link names no section of docs/operations/runbook.md: " + runbookUrl;
        }
        try {
            Path page = ROOT.resolve(target[0]);
            List<String> anchors = DocumentationLinksTest.anchors(page);
            int section = anchors.indexOf(target[1]);
            if (section < 0) {
                return runbookUrl + ": no such section";
            }
            // the section's text: from its heading to the next one (headings as the anchors count them:
            // outside code fences, where a shell comment is no heading)
            String text = DocumentationLinksTest.outsideFences(Files.readString(page));
            List<String> headings = text.lines().filter(line -> line.matches("^#{1,6} .*")).toList();
            int start = text.indexOf("\n" + headings.get(section) + "\n");
            int end = section + 1 < headings.size() ? text.indexOf("\n" + headings.get(section + 1) + "\n", start + 1) : text.length();
            if (!text.substring(start, end).contains("`" + alert + "`")) {
                return runbookUrl + ": the section does not name the alert `" + alert + "`";
            }
            return null;
        } catch (Exception e) {
            return runbookUrl + ": " + e;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void eachServiceHasItsAlerts(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (String service : MetricsCatalogTest.SERVICES) {
            Set<String> alerts = MetricsCatalogTest.rules(named(objects, "PrometheusRule", service))
                    .filter(rule -> rule.has("alert")).map(rule -> rule.path("alert").asText()).collect(Collectors.toSet());
            assertTrue(alerts.containsAll(EVERY_SERVICE), overlay + " " + service + " lacks some of " + EVERY_SERVICE + ": " + alerts);
        }
        assertTrue(MetricsCatalogTest.rules(named(objects, "PrometheusRule", "referrals-service"))
                .anyMatch(rule -> "CourtFeedNotPulled".equals(rule.path("alert").asText())), overlay + ": CourtFeedNotPulled");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void overdueCriticalComplaintsPageSomeoneAtTheFirstOne(String overlay) throws Exception {
        JsonNode rule = MetricsCatalogTest.rules(named(render(overlay), "PrometheusRule", "complaints-service"))
                .filter(r -> "OverdueCriticalComplaints".equals(r.path("alert").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no alert OverdueCriticalComplaints"));
        String expr = rule.path("expr").asText();
        assertTrue(expr.contains("sanad_triage_overdue{priority=\"CRITICAL\"}"), overlay + ": " + expr);
        assertTrue(expr.matches(".*\\)\\s*>\\s*0\\s*$"), overlay + ": fires on any overdue complaint: " + expr);
        assertEquals("5m", rule.path("for").asText());
        assertEquals("page", rule.path("labels").path("severity").asText());
    }
}
