package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Grafana dashboards of k8s/base/monitoring/dashboards/ are dashboards Grafana loads as they
 * are (valid JSON, a title, a uid of their own that does not change, unique panel ids), that ask
 * whichever Prometheus the viewer picks (the {@code datasource} variable, never a data source's
 * uid from one Grafana), whose every panel queries the selected namespace; and every overlay
 * ships each of them, and nothing else, to the Grafana dashboards sidecar.
 */
class DashboardsTest {

    static final Path DASHBOARDS = Path.of("..", "k8s", "base", "monitoring", "dashboards");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATASOURCE = "${datasource}";
    /** kube-prometheus-stack's sidecar loads ConfigMaps with this label, and the folder from this annotation. */
    private static final String SIDECAR_LABEL = "grafana_dashboard";
    private static final String FOLDER_ANNOTATION = "grafana_folder";
    /** Client-side {@code kubectl apply} copies a ConfigMap into an annotation, which holds 256 KiB at most. */
    private static final int MAX_BYTES = 200 * 1024;

    /** Every file in the dashboards folder. */
    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** Every panel of a dashboard, those a row holds (a collapsed row keeps its panels) included. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            panels.add(panel);
            panel.path("panels").forEach(panels::add);
        }
        return panels;
    }

    private static boolean isRow(JsonNode panel) {
        return "row".equals(panel.path("type").asText());
    }

    /** The PromQL of every panel's queries. */
    static List<String> expressions(JsonNode dashboard) {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : panels(dashboard)) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        return expressions;
    }

    private static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.json$", "");
    }

    @Test
    void everyDashboardIsJsonWithATitleAndAStableUidOfItsOwn() throws IOException {
        List<Path> files = files();
        assertFalse(files.isEmpty(), "no dashboard in " + DASHBOARDS);
        Set<String> uids = new HashSet<>();
        for (Path file : files) {
            assertTrue(file.getFileName().toString().endsWith(".json"), file + ": not a dashboard's JSON");
            JsonNode dashboard = read(file);
            assertTrue(dashboard.isObject(), file + ": not a JSON object");
            assertFalse(dashboard.path("title").asText().isBlank(), file + ": no title");
            // the uid follows the file name, so an edit never changes it and links and bookmarks keep working
            String uid = dashboard.path("uid").asText();
            assertEquals("sanad-" + baseName(file), uid, file + ": the uid is sanad-<file name>");
            assertTrue(uid.matches("[A-Za-z0-9_-]{1,40}"), file + ": Grafana takes at most 40 letters, digits, - and _: " + uid);
            assertTrue(uids.add(uid), file + ": uid " + uid + " is another dashboard's");
            assertTrue(dashboard.path("schemaVersion").asInt() >= 39, file + ": schemaVersion below 39");
            // an export "for sharing" asks for its data source on import, which provisioning never does
            assertTrue(dashboard.path("__inputs").isMissingNode(), file + ": an export for sharing (__inputs)");
        }
    }

    @Test
    void panelIdsAreUniqueInEachDashboard() throws IOException {
        for (Path file : files()) {
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : panels(read(file))) {
                assertTrue(panel.path("id").isInt(), file + ": panel " + panel.path("title") + " has no id");
                assertTrue(ids.add(panel.path("id").asInt()), file + ": panel id " + panel.path("id") + " twice");
            }
        }
    }

    @Test
    void everyQueryAsksTheDataSourceTheViewerPicks() throws IOException {
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            JsonNode variable = variable(dashboard, "datasource");
            assertEquals("datasource", variable.path("type").asText(), file + ": $datasource is not a data source variable");
            assertEquals("prometheus", variable.path("query").asText(), file + ": $datasource picks no Prometheus");
            List<String> wrong = new ArrayList<>();
            dataSources(dashboard, "", wrong);
            assertTrue(wrong.isEmpty(), file + ": data sources other than " + DATASOURCE + ": " + wrong);
        }
    }

    /** Collects, under {@code at}, every data source reference that is not the variable (Grafana's own annotations aside). */
    private static void dataSources(JsonNode node, String at, List<String> wrong) {
        if (node.isObject()) {
            JsonNode dataSource = node.get("datasource");
            if (dataSource != null && !"grafana".equals(dataSource.path("type").asText())
                    && !(DATASOURCE.equals(dataSource.path("uid").asText()) && "prometheus".equals(dataSource.path("type").asText()))) {
                wrong.add(at + ": " + dataSource);
            }
            node.properties().forEach(e -> dataSources(e.getValue(), at + "/" + e.getKey(), wrong));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                dataSources(node.get(i), at + "/" + i, wrong);
            }
        }
    }

    @Test
    void everyPanelQueriesTheSelectedNamespace() throws IOException {
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            assertEquals("query", variable(dashboard, "namespace").path("type").asText(), file + ": $namespace is not a query");
            for (JsonNode panel : panels(dashboard)) {
                if (isRow(panel)) {
                    continue;
                }
                String where = file.getFileName() + ", panel " + panel.path("title").asText();
                assertFalse(panel.path("targets").isEmpty(), where + ": no query");
                assertFalse(panel.path("description").asText().isBlank(), where + ": no description");
                for (JsonNode target : panel.path("targets")) {
                    String expr = target.path("expr").asText();
                    assertFalse(expr.isBlank(), where + ": a query without an expression");
                    assertTrue(expr.contains("$namespace"), where + ": not limited to the selected namespace: " + expr);
                }
            }
        }
    }

    private static JsonNode variable(JsonNode dashboard, String name) {
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        throw new AssertionError(dashboard.path("title").asText() + ": no variable $" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyDashboardAndNothingElseReachesTheGrafanaSidecar(String overlay) throws Exception {
        Map<String, String> shipped = new TreeMap<>();
        Map<String, String> configMapOf = new HashMap<>();
        for (JsonNode configMap : ofKind(KubernetesManifestsTest.render(overlay), "ConfigMap")) {
            JsonNode metadata = configMap.path("metadata");
            if (!"1".equals(metadata.path("labels").path(SIDECAR_LABEL).asText())) {
                continue;
            }
            assertFalse(metadata.path("annotations").path(FOLDER_ANNOTATION).asText().isBlank(),
                    overlay + ": ConfigMap " + name(configMap) + " names no Grafana folder");
            assertEquals(1, configMap.path("data").size(), overlay + ": ConfigMap " + name(configMap) + " holds one dashboard");
            configMap.path("data").properties().forEach(e -> {
                shipped.put(e.getKey(), e.getValue().asText());
                configMapOf.put(e.getKey(), name(configMap));
            });
        }
        Set<String> files = new TreeSet<>(files().stream().map(f -> f.getFileName().toString()).toList());
        Set<String> notShipped = new TreeSet<>(files);
        notShipped.removeAll(shipped.keySet());
        Set<String> noFile = new TreeSet<>(shipped.keySet());
        noFile.removeAll(files);
        assertTrue(notShipped.isEmpty(), overlay + ": dashboards k8s/base/monitoring/kustomization.yaml does not list: " + notShipped);
        assertTrue(noFile.isEmpty(), overlay + ": dashboards shipped that are not in " + DASHBOARDS + ": " + noFile);
        for (String file : files) {
            String content = Files.readString(DASHBOARDS.resolve(file));
            assertEquals(content, shipped.get(file), overlay + ": " + file + " is not shipped as it stands");
            assertTrue(content.getBytes(StandardCharsets.UTF_8).length < MAX_BYTES,
                    file + ": over " + MAX_BYTES + " bytes, too large for kubectl apply's annotation");
            // no content hash in the name: a changed dashboard replaces its ConfigMap instead of adding one beside it
            assertEquals("grafana-dashboard-" + file.replaceFirst("\\.json$", ""), configMapOf.get(file),
                    overlay + ": " + file + "'s ConfigMap");
        }
    }
}
