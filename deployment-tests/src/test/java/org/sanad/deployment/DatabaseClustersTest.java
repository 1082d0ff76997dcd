package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The CloudNativePG clusters of every overlay (the services' and Keycloak's): one exact PostgreSQL
 * image, pinned by digest; the WAL archived and the base backups taken through the Barman Cloud
 * Plugin, each cluster into an ObjectStore of its own, daily; never CloudNativePG's deprecated
 * in-tree {@code barmanObjectStore}; and the restore overlay recovering each cluster from its own
 * archive through the plugin, archiving on under a new server name.
 */
class DatabaseClustersTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String PLUGIN = "barman-cloud.cloudnative-pg.io";
    /** The major the services are tested against (CONTRIBUTING.md: PostgreSQL 15 at 127.0.0.1:5432). */
    private static final String MAJOR = "15";
    /** A CloudNativePG operand image by its full tag (major.minor, build, type, Debian release) and digest. */
    private static final Pattern EXACT_IMAGE = Pattern.compile(
            "ghcr\\.io/cloudnative-pg/postgresql:(\\d+)\\.\\d+-\\d{12}-(minimal|standard)-[a-z]+@sha256:[0-9a-f]{64}");
    /** A six-field cron schedule (seconds first, as CloudNativePG reads it) that runs once a day. */
    private static final Pattern DAILY = Pattern.compile("\\d+ \\d+ \\d+ \\* \\* \\*");

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyClusterRunsOneExactPostgreSqlImagePinnedByDigest(String overlay) throws Exception {
        List<JsonNode> clusters = ofKind(render(overlay), "Cluster");
        assertEquals(4, clusters.size(), "the three services' databases and Keycloak's");
        Set<String> images = new TreeSet<>();
        for (JsonNode cluster : clusters) {
            String image = cluster.path("spec").path("imageName").asText();
            Matcher exact = EXACT_IMAGE.matcher(image);
            assertTrue(exact.matches(), name(cluster) + ": not an exact PostgreSQL version pinned by digest: " + image);
            assertEquals(MAJOR, exact.group(1), name(cluster) + ": another major than the services are tested against");
            assertTrue(cluster.path("spec").path("imageCatalogRef").isMissingNode(), name(cluster) + ": an image catalog moves the version");
            images.add(image);
        }
        assertEquals(1, images.size(), "one PostgreSQL for the whole suite, updated in one step: " + images);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyClusterArchivesThroughThePluginIntoAnObjectStoreOfItsOwn(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (JsonNode object : objects) {
            assertTrue(object.findParents("barmanObjectStore").isEmpty(),
                    object.path("kind").asText() + " " + name(object) + ": CloudNativePG's in-tree barmanObjectStore, deprecated since 1.26");
        }
        Set<String> stores = new HashSet<>();
        for (JsonNode cluster : ofKind(objects, "Cluster")) {
            String where = name(cluster);
            JsonNode archiver = walArchiver(cluster);
            String storeName = archiver.path("parameters").path("barmanObjectName").asText();
            assertTrue(stores.add(namespace(cluster) + "/" + storeName), where + ": shares the ObjectStore " + storeName);
            JsonNode store = objectStore(objects, namespace(cluster), storeName);
            JsonNode configuration = store.path("spec").path("configuration");
            assertEquals("s3://sanad-backups/" + where, configuration.path("destinationPath").asText(),
                    where + ": not its own place in the backup bucket");
            assertTrue(configuration.path("serverName").isMissingNode(),
                    storeName + ": the plugin refuses configuration.serverName (a server name is the Cluster's plugin parameter)");
            assertEquals("30d", store.path("spec").path("retentionPolicy").asText(), storeName + ": not kept 30 days");
            assertEquals("gzip", configuration.path("wal").path("compression").asText(), storeName + ": WAL not compressed");
            Set<String> keys = exampleSecretKeys(namespace(store), "backup-object-store");
            for (String credential : List.of("accessKeyId", "secretAccessKey")) {
                JsonNode reference = configuration.path("s3Credentials").path(credential);
                assertEquals("backup-object-store", reference.path("name").asText(), storeName + ": " + credential + " from another Secret");
                assertTrue(keys.contains(reference.path("key").asText()),
                        storeName + ": " + credential + " is a key k8s/secrets.example.yaml does not show: " + reference);
            }
        }
        for (JsonNode store : ofKind(objects, "ObjectStore")) {
            assertTrue(stores.contains(namespace(store) + "/" + name(store)), name(store) + ": no Cluster archives to it");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyClusterIsBackedUpDailyThroughThePlugin(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<JsonNode> schedules = ofKind(objects, "ScheduledBackup");
        for (JsonNode schedule : schedules) {
            String where = name(schedule);
            JsonNode spec = schedule.path("spec");
            assertEquals("plugin", spec.path("method").asText(), where + ": not through the plugin");
            assertEquals(PLUGIN, spec.path("pluginConfiguration").path("name").asText(), where + ": through another plugin");
            assertTrue(DAILY.matcher(spec.path("schedule").asText()).matches(), where + ": not once a day: " + spec.path("schedule"));
            assertEquals("self", spec.path("backupOwnerReference").asText(), where + ": its Backups outlive it unowned");
        }
        for (JsonNode backup : ofKind(objects, "Backup")) {
            assertEquals("plugin", backup.path("spec").path("method").asText(), name(backup) + ": not through the plugin");
        }
        for (JsonNode cluster : ofKind(objects, "Cluster")) {
            assertEquals(1, schedules.stream().filter(s -> namespace(s).equals(namespace(cluster))
                    && name(cluster).equals(s.path("spec").path("cluster").path("name").asText())).count(),
                    name(cluster) + ": not one daily backup");
        }
    }

    /** The restore overlay recovers each database from the very archive production writes it to. */
    @Test
    void theRestoreOverlayRecoversEveryDatabaseFromItsOwnArchiveAndArchivesUnderANewServerName() throws Exception {
        List<JsonNode> prod = ofKind(render("prod"), "Cluster");
        List<JsonNode> restored = ofKind(render("prod-restore"), "Cluster");
        assertEquals(prod.size(), restored.size());
        assertEquals(4, restored.size(), "the three services' databases and Keycloak's");
        for (JsonNode cluster : restored) {
            String name = name(cluster);
            JsonNode original = prod.stream().filter(c -> name.equals(name(c))).findFirst().orElseThrow();
            JsonNode spec = cluster.path("spec");
            assertTrue(spec.path("bootstrap").path("initdb").isMissingNode(), name + ": still created empty");
            JsonNode recovery = spec.path("bootstrap").path("recovery");
            JsonNode initdb = original.path("spec").path("bootstrap").path("initdb");
            assertEquals(initdb.path("database"), recovery.path("database"), name);
            assertEquals(initdb.path("owner"), recovery.path("owner"), name);
            List<JsonNode> origins = new ArrayList<>();
            spec.path("externalClusters").forEach(c -> {
                if (c.path("name").asText().equals(recovery.path("source").asText())) {
                    origins.add(c);
                }
            });
            assertEquals(1, origins.size(), name + ": recovers from no external cluster, or from several");
            JsonNode origin = origins.get(0).path("plugin");
            assertEquals(PLUGIN, origin.path("name").asText(), name + ": does not recover through the plugin");
            JsonNode archive = walArchiver(original).path("parameters");
            assertEquals(archive.path("barmanObjectName").asText(), origin.path("parameters").path("barmanObjectName").asText(),
                    name + ": recovers from another ObjectStore than production archives to");
            assertEquals(archive.path("serverName").asText(name), origin.path("parameters").path("serverName").asText(),
                    name + ": recovers another cluster's archive");
            String archivesAs = walArchiver(cluster).path("parameters").path("serverName").asText(name);
            assertFalse(archivesAs.equals(origin.path("parameters").path("serverName").asText()),
                    name + ": would archive over the backups it was restored from");
        }
    }

    /** The cluster's one plugin entry that archives its WAL: the Barman Cloud Plugin's. */
    private static JsonNode walArchiver(JsonNode cluster) {
        List<JsonNode> archivers = new ArrayList<>();
        cluster.path("spec").path("plugins").forEach(p -> {
            if (p.path("isWALArchiver").asBoolean()) {
                archivers.add(p);
            }
        });
        assertEquals(1, archivers.size(), name(cluster) + ": no plugin archives its WAL, or several");
        JsonNode archiver = archivers.get(0);
        assertEquals(PLUGIN, archiver.path("name").asText(), name(cluster) + ": its WAL archived by another plugin");
        assertFalse(archiver.path("enabled").isBoolean() && !archiver.path("enabled").asBoolean(), name(cluster) + ": the plugin disabled");
        return archiver;
    }

    private static JsonNode objectStore(List<JsonNode> objects, String namespace, String name) {
        return ofKind(objects, "ObjectStore").stream().filter(s -> namespace.equals(namespace(s)) && name.equals(name(s))).findFirst()
                .orElseThrow(() -> new AssertionError("no ObjectStore " + namespace + "/" + name));
    }

    private static String namespace(JsonNode object) {
        return object.path("metadata").path("namespace").asText();
    }

    /** The keys k8s/secrets.example.yaml shows for a Secret of a namespace. */
    private static Set<String> exampleSecretKeys(String namespace, String secret) throws IOException {
        Iterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(Path.of("..", "k8s", "secrets.example.yaml").toFile());
        while (documents.hasNext()) {
            JsonNode document = documents.next();
            if (document != null && "Secret".equals(document.path("kind").asText()) && secret.equals(name(document))
                    && namespace.equals(namespace(document))) {
                Set<String> keys = new TreeSet<>();
                document.path("stringData").properties().stream().map(Map.Entry::getKey).forEach(keys::add);
                return keys;
            }
        }
        throw new AssertionError("k8s/secrets.example.yaml shows no Secret " + namespace + "/" + secret);
    }
}
