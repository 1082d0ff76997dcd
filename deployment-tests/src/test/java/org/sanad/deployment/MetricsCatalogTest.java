package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every metric an alert rule or a Grafana dashboard names is one the services export: read from
 * the Prometheus expositions their MetricsExpositionTests write ({@code <service>/target/metrics/
 * exposition.txt}), so a renamed meter or a typo in a rule fails here rather than leaving an alert
 * that can never fire. A rule is checked against its own service's exposition (the PrometheusRule's
 * {@code app.kubernetes.io/name}), a dashboard against the service its file is named after, or any
 * service's. Recorded series count when a rule records them.
 */
class MetricsCatalogTest {

    static final List<String> SERVICES = List.of("complaints-service", "cases-service", "referrals-service");
    /** The web apps' servers, which web-apps.json shows (their server tests write their expositions). */
    static final List<String> WEB_APPS = List.of("citizen-web", "officer-web");
    private static final Path ROOT = Path.of("..");
    private static final Path DASHBOARDS = ROOT.resolve("k8s/base/monitoring/dashboards");
    /** Series Prometheus itself writes (the firing alerts), which no service exports. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("ALERTS", "ALERTS_FOR_STATE");

    private static Map<String, Set<String>> exported;
    private static Set<String> webApps;

    @BeforeAll
    static void theServicesExpositions() throws IOException {
        exported = new TreeMap<>();
        for (String service : SERVICES) {
            exported.put(service, names(exposition(service, "MetricsExpositionTest")));
        }
        webApps = new TreeSet<>();
        for (String app : WEB_APPS) {
            webApps.addAll(names(exposition(app, "PortalServerTest,ConsoleServerTest")));
        }
    }

    private static String exposition(String module, String tests) throws IOException {
        Path file = ROOT.resolve(module).resolve("target/metrics/exposition.txt");
        if (!Files.isRegularFile(file)) {
            fail(file + " is missing: run the module's tests first (" + tests + " writes it), e.g. ./mvnw -pl " + module
                    + " -am verify -Dtest=" + tests + " -Dsurefire.failIfNoSpecifiedTests=false");
        }
        return Files.readString(file);
    }

    /** The series names of a Prometheus text exposition. */
    static Set<String> names(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        return names;
    }

    private static Set<String> anyService() {
        Set<String> all = new HashSet<>();
        exported.values().forEach(all::addAll);
        return all;
    }

    static Stream<JsonNode> rules(JsonNode prometheusRule) {
        return StreamSupport.stream(prometheusRule.path("spec").path("groups").spliterator(), false)
                .flatMap(group -> StreamSupport.stream(group.path("rules").spliterator(), false));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyMetricARuleReadsIsExportedByItsService(String overlay) throws Exception {
        List<JsonNode> ruleFiles = ofKind(render(overlay), "PrometheusRule");
        Set<String> recorded = new HashSet<>();
        ruleFiles.forEach(file -> rules(file).map(rule -> rule.path("record").asText(""))
                .filter(name -> !name.isEmpty()).forEach(recorded::add));
        List<String> missing = new ArrayList<>();
        for (JsonNode file : ruleFiles) {
            String service = file.path("metadata").path("labels").path("app.kubernetes.io/name").asText(name(file));
            Set<String> available = exported.getOrDefault(service, anyService());
            rules(file).forEach(rule -> {
                for (String metric : PromQl.metricNames(rule.path("expr").asText())) {
                    if (!recorded.contains(metric) && !available.contains(metric)) {
                        missing.add(name(file) + " " + rule.path(rule.has("alert") ? "alert" : "record").asText() + ": " + metric);
                    }
                }
            });
        }
        assertTrue(missing.isEmpty(), overlay + ": rules read metrics no service exports: " + missing);
    }

    @Test
    void everyMetricADashboardShowsIsExported() throws Exception {
        if (!Files.isDirectory(DASHBOARDS)) {
            return;
        }
        Set<String> recorded = recordedSeries();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String dashboard = file.getFileName().toString();
                Set<String> available = dashboard.startsWith("web-apps") ? webApps
                        : SERVICES.stream().filter(dashboard::contains).findFirst().map(exported::get).orElseGet(MetricsCatalogTest::anyService);
                for (String expr : expressions(new ObjectMapper().readTree(file.toFile()))) {
                    for (String metric : PromQl.metricNames(expr)) {
                        if (!recorded.contains(metric) && !available.contains(metric) && !PROMETHEUS_OWN.contains(metric)) {
                            missing.add(dashboard + ": " + metric);
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "dashboards show metrics no service exports: " + missing);
    }

    private static Set<String> recordedSeries() throws Exception {
        Set<String> recorded = new HashSet<>();
        ofKind(render("prod"), "PrometheusRule").forEach(file -> rules(file).map(rule -> rule.path("record").asText(""))
                .filter(name -> !name.isEmpty()).forEach(recorded::add));
        return recorded;
    }

    /** Every panel's targets' expressions, rows' nested panels included. */
    static List<String> expressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        collect(dashboard.path("panels"), expressions);
        // dashboards of the older schema keep their panels in rows
        dashboard.path("rows").forEach(row -> collect(row.path("panels"), expressions));
        return expressions;
    }

    private static void collect(JsonNode panels, List<String> expressions) {
        for (JsonNode panel : panels) {
            panel.path("targets").forEach(target -> {
                if (target.hasNonNull("expr") && !target.path("expr").asText().isBlank()) {
                    expressions.add(target.path("expr").asText());
                }
            });
            collect(panel.path("panels"), expressions);
        }
    }
}
