package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The images the build writes (target/<module>-<version>-image.tar, by Jib in the package phase),
 * opened as a registry and a runtime read them: a well-formed OCI layout whose blobs are what their
 * digests say; the Quarkus fast-jar and nothing else, owned by root; the Deployments' numeric user,
 * the JVM as PID 1, the environment and labels the release relies on; an SBOM beside each that lists
 * every jar of the image. The image is named as k8s/ deploys it.
 */
@DisabledIfSystemProperty(named = "image.skip", matches = "true", disabledReason = "the build was told not to write the images")
class ContainerImageTest {

    private static final Path ROOT = Path.of("..");
    private static final String VERSION = projectVersion();
    private static final String ENTRYPOINT_JAR = "/deployments/quarkus-run.jar";
    /** Where the fast-jar's parts go, in the layers' order: what changes least first. */
    private static final List<String> LAYERS = List.of("deployments/lib/", "deployments/quarkus-run.jar", "deployments/app/",
            "deployments/quarkus/");
    /** Files that say nothing to a JVM but may hold a key or a password. */
    private static final Pattern SECRET_FILE = Pattern.compile(".*\\.(pem|key|p12|pfx|jks|keystore|env|crt|der)$");
    /**
     * Jars Quarkus rewrites when it builds the fast-jar (its OpenTelemetry extension strips the
     * exporter's own service files): named in the SBOM by coordinates, not by the rewritten bytes.
     */
    private static final Set<String> REWRITTEN_BY_QUARKUS = Set.of("io.opentelemetry.opentelemetry-exporter-otlp");

    private static final List<String> MODULES = List.of("complaints-service", "cases-service", "referrals-service", "citizen-web",
            "officer-web");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, OciImage> IMAGES = new HashMap<>();

    static List<String> modules() {
        return MODULES;
    }

    private static synchronized OciImage image(String module) throws IOException {
        if (!IMAGES.containsKey(module)) {
            Path tarball = target(module).resolve(module + "-" + VERSION + "-image.tar");
            assertTrue(Files.isRegularFile(tarball), tarball + " is missing: the images are written by `./mvnw package` of " + module);
            IMAGES.put(module, OciImage.read(tarball));
        }
        return IMAGES.get(module);
    }

    private static Path target(String module) {
        return ROOT.resolve(module).resolve("target");
    }

    private static JsonNode labels(String module) throws IOException {
        return image(module).config.path("config").path("Labels");
    }

    private static List<OciImage.Entry> allEntries(String module) throws IOException {
        return image(module).layers.stream().flatMap(List::stream).toList();
    }

    /** The root pom, whose version every module has and where the base image's pin lives. */
    private static Element rootPom() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("the root pom.xml cannot be read", e);
        }
    }

    private static String projectVersion() {
        for (Node child = rootPom().getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("version".equals(child.getNodeName())) {
                return child.getTextContent().strip();
            }
        }
        throw new IllegalStateException("the root pom has no version");
    }

    /** The root pom's value of a property. */
    private static String rootProperty(String name) {
        Element properties = (Element) rootPom().getElementsByTagName("properties").item(0);
        return properties.getElementsByTagName(name).item(0).getTextContent().strip();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theTarballIsAnOciLayoutWhoseBlobsAreWhatTheirDigestsSay(String module) throws IOException {
        OciImage image = image(module);
        assertEquals("1.0.0", JSON.readTree(image.require("oci-layout")).path("imageLayoutVersion").asText());
        assertEquals("application/vnd.oci.image.index.v1+json", image.index.path("mediaType").asText());
        assertEquals(1, image.index.path("manifests").size(), "one image, one platform");
        JsonNode described = image.index.path("manifests").path(0);
        assertEquals("application/vnd.oci.image.manifest.v1+json", described.path("mediaType").asText());
        assertEquals("sanad/" + module + ":" + VERSION, described.path("annotations").path("org.opencontainers.image.ref.name").asText());

        for (Map.Entry<String, byte[]> file : image.files.entrySet()) {
            if (file.getKey().startsWith("blobs/sha256/")) {
                assertEquals(file.getKey().substring("blobs/sha256/".length()), OciImage.sha256(file.getValue()),
                        module + ": a blob is not what its name says");
            }
        }
        assertEquals(described.path("size").asLong(), image.blob(described.path("digest").asText()).length);
        assertEquals("application/vnd.oci.image.config.v1+json", image.manifest.path("config").path("mediaType").asText());
        assertEquals(image.manifest.path("config").path("size").asLong(),
                image.blob(image.manifest.path("config").path("digest").asText()).length);
        JsonNode layers = image.manifest.path("layers");
        JsonNode diffIds = image.config.path("rootfs").path("diff_ids");
        assertEquals(layers.size(), diffIds.size(), "the config's layers are not the manifest's");
        for (int i = 0; i < layers.size(); i++) {
            assertEquals("application/vnd.oci.image.layer.v1.tar+gzip", layers.path(i).path("mediaType").asText());
            assertEquals(layers.path(i).path("size").asLong(), image.blob(layers.path(i).path("digest").asText()).length);
            assertEquals(diffIds.path(i).asText(), "sha256:" + OciImage.sha256(image.uncompressedLayer(i)),
                    module + ": layer " + i + " is not the one the config names");
        }
        assertEquals("linux", image.config.path("os").asText());
        // reproducible: fixed times, so the same commit gives the same digest
        assertEquals("1970-01-01T00:00:00Z", image.config.path("created").asText());
        for (OciImage.Entry entry : allEntries(module)) {
            assertTrue(entry.mtime() <= 1, module + ": " + entry.path() + " carries the build's time");
        }
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theImageRunsTheFastJarAsTheDeploymentsUserWithTheJvmAsPidOne(String module) throws IOException {
        JsonNode config = image(module).config.path("config");
        String[] user = config.path("User").asText().split(":");
        assertEquals(2, user.length, "user and group, both numeric, which runAsNonRoot can check");
        assertTrue(user[0].matches("\\d+") && user[1].matches("\\d+"), "a numeric user and group: " + config.path("User"));
        assertNotEquals("0", user[0], "the service runs as root");
        assertNotEquals("0", user[1], "the service runs in root's group");
        JsonNode pod = YAML.readTree(ROOT.resolve("k8s/base").resolve(module).resolve("deployment.yaml").toFile())
                .path("spec").path("template").path("spec");
        assertEquals(user[0], pod.path("securityContext").path("runAsUser").asText(), module + ": another user than the image's");
        assertEquals(user[1], pod.path("securityContext").path("runAsGroup").asText(), module + ": another group than the image's");

        // exec form: the JVM itself is PID 1 and gets SIGTERM, so Quarkus' graceful shutdown runs
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(arg -> entrypoint.add(arg.asText()));
        assertEquals("java", entrypoint.get(0), "not the JVM as PID 1: " + entrypoint);
        assertEquals(List.of("-jar", ENTRYPOINT_JAR), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        assertTrue(config.path("Cmd").isMissingNode() || config.path("Cmd").isNull() || config.path("Cmd").isEmpty(),
                "arguments the Deployment did not ask for: " + config.path("Cmd"));
        assertEquals("/deployments", config.path("WorkingDir").asText());

        List<String> env = new ArrayList<>();
        config.path("Env").forEach(variable -> env.add(variable.asText()));
        assertEquals(new TreeSet<>(List.of("LANG=C.UTF-8", "HOME=/tmp", "MALLOC_ARENA_MAX=2",
                "JAVA_TOOL_OPTIONS=-Xmx128m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp")),
                new TreeSet<>(env), module + ": the environment (HOME and the JDK's temporary files on /tmp, the pod's one writable place)");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theLayersHoldTheFastJarAndNothingElseOwnedByRootAndOnlyReadable(String module) throws IOException {
        OciImage image = image(module);
        assertEquals(LAYERS.size(), image.layers.size(), module + ": the fast-jar's four layers");
        Set<String> files = new TreeSet<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (OciImage.Entry entry : image.layers.get(i)) {
                String path = entry.path().replaceAll("/$", "");
                if (entry.isDirectory()) {
                    assertTrue(path.equals("deployments") || path.startsWith("deployments/"), module + ": a directory outside /deployments: " + path);
                    assertEquals(0755, entry.mode(), module + ": " + path);
                } else {
                    assertTrue(entry.isFile(), module + ": not a plain file: " + path);
                    assertTrue(path.startsWith(LAYERS.get(i)), module + ": " + path + " in the layer of " + LAYERS.get(i));
                    assertEquals(0644, entry.mode(), module + ": " + path + " is not read-only to the service");
                    files.add(path.substring("deployments/".length()));
                }
                assertEquals(0, entry.uid(), module + ": " + path + " is not root's (the service could change it)");
                assertEquals(0, entry.gid(), module + ": " + path);
            }
        }

        Path fastJar = target(module).resolve("quarkus-app");
        Set<String> built = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(fastJar)) {
            walk.filter(Files::isRegularFile).forEach(file -> built.add(fastJar.relativize(file).toString().replace('\\', '/')));
        }
        // the list of dependencies Quarkus writes beside the fast-jar is for the build, not the JVM
        built.remove("quarkus-app-dependencies.txt");
        assertEquals(built, files, module + ": the image's files are not the fast-jar's");
        assertTrue(files.contains("app/" + module + "-" + VERSION + ".jar"), module + ": not this module's code");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void noTestClassTestResourceKeyOrPasswordFileRidesInTheImage(String module) throws IOException {
        Set<String> fromTests = new TreeSet<>();
        for (Path tests : List.of(ROOT.resolve(module).resolve("src/test/resources"), target(module).resolve("test-classes"))) {
            if (Files.isDirectory(tests)) {
                try (Stream<Path> walk = Files.walk(tests)) {
                    walk.filter(Files::isRegularFile).forEach(file -> fromTests.add(tests.relativize(file).toString().replace('\\', '/')));
                }
            }
        }
        Path mainResources = ROOT.resolve(module).resolve("src/main/resources");
        fromTests.removeIf(path -> Files.exists(mainResources.resolve(path)));

        for (OciImage.Entry entry : allEntries(module)) {
            assertFalse(SECRET_FILE.matcher(entry.path()).matches(), module + ": " + entry.path());
            if (entry.isFile() && entry.path().endsWith(".jar") && !entry.path().startsWith("deployments/lib/")) {
                for (String inside : jarEntries(entry.content())) {
                    assertFalse(fromTests.contains(inside), module + ": " + entry.path() + " holds " + inside + " of the tests");
                    assertFalse(SECRET_FILE.matcher(inside).matches(), module + ": " + entry.path() + " holds " + inside);
                }
            }
        }
    }

    private static List<String> jarEntries(byte[] jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theLabelsNameTheServiceItsSourceAndTheBaseItStandsOn(String module) throws Exception {
        JsonNode labels = labels(module);
        assertEquals(module, labels.path("org.opencontainers.image.title").asText());
        assertEquals(VERSION, labels.path("org.opencontainers.image.version").asText());
        assertTrue(labels.path("org.opencontainers.image.revision").asText().matches("[0-9a-f]{40}"),
                "not the commit built: " + labels.path("org.opencontainers.image.revision"));
        assertFalse(labels.path("org.opencontainers.image.source").asText().isBlank());
        assertTrue(Files.readString(ROOT.resolve("LICENSE")).contains("Apache License"));
        assertEquals("Apache-2.0", labels.path("org.opencontainers.image.licenses").asText());

        // the production base: a maintained JRE, pinned by digest (scripts/pin-base-image.sh moves the pin)
        String jre = rootProperty("jre.image.name");
        String digest = rootProperty("jre.image.digest");
        Matcher pin = Pattern.compile("^[a-z0-9.-]+/library/eclipse-temurin:(\\d+)-jre[a-z-]*$").matcher(jre);
        assertTrue(pin.matches(), "the base is not Eclipse Temurin's JRE: " + jre);
        assertTrue(Integer.parseInt(pin.group(1)) >= 17, "the JRE is older than the code's target");
        assertTrue(digest.matches("sha256:[0-9a-f]{64}"), "the base is not pinned by digest: " + digest);

        String base = labels.path("org.opencontainers.image.base.name").asText();
        if (base.equals("scratch")) {
            // built where no registry is reached: it says so, names the release's base and holds no JRE
            assertEquals("false", labels.path("org.sanad.image.runnable").asText());
            assertEquals(jre + "@" + digest, labels.path("org.sanad.image.release-base").asText());
            assertTrue(labels.path("org.opencontainers.image.base.digest").isMissingNode(), "scratch has no digest");
            assertTrue(allEntries(module).stream().allMatch(e -> e.path().startsWith("deployments")), "a base's files on scratch");
        } else {
            assertEquals(jre, base, module + ": another base than the pinned one");
            assertEquals(digest, labels.path("org.opencontainers.image.base.digest").asText());
            assertEquals("true", labels.path("org.sanad.image.runnable").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theSbomBesideTheImageNamesItAndListsEveryJarOfItsLibLayer(String module) throws IOException {
        Path sbomFile = target(module).resolve(module + "-" + VERSION + "-image.cdx.json");
        assertTrue(Files.isRegularFile(sbomFile), sbomFile + " is missing");
        JsonNode sbom = JSON.readTree(sbomFile.toFile());
        assertEquals("CycloneDX", sbom.path("bomFormat").asText());
        JsonNode described = sbom.path("metadata").path("component");
        assertEquals("container", described.path("type").asText());
        assertEquals(module, described.path("name").asText());
        assertEquals(VERSION, described.path("version").asText());
        String imageName = image(module).index.path("manifests").path(0).path("annotations").path("org.opencontainers.image.ref.name").asText();
        List<String> distributions = new ArrayList<>();
        described.path("externalReferences").forEach(reference -> {
            if (reference.path("type").asText().equals("distribution")) {
                distributions.add(reference.path("url").asText());
            }
        });
        assertEquals(List.of("docker://" + imageName), distributions, module + ": the SBOM does not name its image");

        // Quarkus names each jar of lib/ <groupId>.<artifactId>-<version>[-<classifier>].jar
        Map<String, JsonNode> listed = new HashMap<>();
        sbom.path("components").forEach(component -> {
            Matcher classifier = Pattern.compile("[?&]classifier=([^&]+)").matcher(component.path("purl").asText());
            String file = component.path("group").asText() + "." + component.path("name").asText() + "-"
                    + component.path("version").asText() + (classifier.find() ? "-" + classifier.group(1) : "") + ".jar";
            listed.put(file, component);
        });
        int jars = 0;
        for (OciImage.Entry entry : allEntries(module)) {
            if (!entry.isFile() || !entry.path().startsWith("deployments/lib/")) {
                continue;
            }
            jars++;
            String file = entry.path().substring(entry.path().lastIndexOf('/') + 1);
            JsonNode component = listed.get(file);
            if (component == null) {
                fail(module + ": " + entry.path() + " is in the image but not in its SBOM");
            }
            String artifact = file.replaceFirst("-" + Pattern.quote(component.path("version").asText()) + ".*$", "");
            if (REWRITTEN_BY_QUARKUS.contains(artifact)) {
                continue;
            }
            String sha256 = null;
            for (JsonNode hash : component.path("hashes")) {
                if (hash.path("alg").asText().equals("SHA-256")) {
                    sha256 = hash.path("content").asText();
                }
            }
            assertEquals(sha256, entry.sha256(), module + ": " + file + " is not the jar the SBOM lists");
        }
        assertTrue(jars > 10, module + ": hardly a lib layer (" + jars + " jars)");
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theImageIsTheOneK8sDeploys(String module) throws IOException {
        String built = image(module).index.path("manifests").path(0).path("annotations").path("org.opencontainers.image.ref.name").asText();
        JsonNode deployment = YAML.readTree(ROOT.resolve("k8s/base").resolve(module).resolve("deployment.yaml").toFile());
        String image = deployment.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText();
        assertEquals(image + ":" + VERSION, built, module + ": k8s deploys another image than the build makes");
    }

    @Test
    void everyDeployedWorkloadIsAnImageTheseChecksOpen() {
        assertEquals(new TreeSet<>(KubernetesManifestsTest.WORKLOADS), new TreeSet<>(MODULES),
                "a workload without an image, or an image without a workload");
    }
}
