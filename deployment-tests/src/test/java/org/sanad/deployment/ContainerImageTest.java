package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The one Dockerfile every service's image is built from (docker/Dockerfile.jvm), read as a
 * reviewer reads it: a base pinned by digest, the fast-jar only, a numeric non-root user that is
 * the one the Deployments run as, the JVM as PID 1; and the images the Maven build names are the
 * ones k8s/ deploys. Nothing here builds an image (no container engine on the build machine).
 */
class ContainerImageTest {

    private static final Path DOCKERFILE = Path.of("..", "docker", "Dockerfile.jvm");
    private static final Path IGNORE = Path.of("..", "docker", "Dockerfile.jvm.dockerignore");
    private static final List<String> SERVICES = List.of("complaints-service", "cases-service", "referrals-service", "citizen-web",
            "officer-web");

    private static List<String> instructions() throws IOException {
        // continuation lines joined, comments and blank lines dropped
        String joined = Files.readString(DOCKERFILE, StandardCharsets.UTF_8).replaceAll("\\\\\\n\\s*", " ");
        return joined.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void theBaseIsAMaintainedJreImagePinnedByDigest() throws IOException {
        List<String> lines = instructions();
        Matcher pin = Pattern.compile("^ARG JRE_IMAGE=([a-z0-9./-]+)/eclipse-temurin:(\\d+)-jre[a-z-]*@sha256:[0-9a-f]{64}$")
                .matcher(lines.stream().filter(l -> l.startsWith("ARG JRE_IMAGE=")).findFirst().orElse(""));
        assertTrue(pin.matches(), "the base image is not a Temurin JRE pinned by digest");
        assertTrue(Integer.parseInt(pin.group(2)) >= 17, "the JRE is older than the code's target");
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(List.of("FROM ${JRE_IMAGE}"), froms, "one stage, from the pinned base");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("ADD ")), "ADD fetches or unpacks: COPY only");
    }

    @Test
    void theImageHoldsOnlyTheFastJarAndRunsItAsTheDeploymentsUserWithTheJvmAsPidOne() throws IOException {
        List<String> lines = instructions();
        List<String> copies = lines.stream().filter(l -> l.startsWith("COPY ")).toList();
        assertFalse(copies.isEmpty());
        for (String copy : copies) {
            assertTrue(copy.matches("COPY target/quarkus-app/\\S* /deployments/\\S*"), "copies more than the fast-jar: " + copy);
        }
        assertTrue(copies.stream().anyMatch(c -> c.contains("quarkus-run.jar")), "no launcher jar");
        List<String> ignore = Files.readAllLines(IGNORE).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(List.of("*", "!target/quarkus-app/"), ignore, "the build context sends more than the fast-jar");

        List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
        assertEquals(1, users.size(), "one USER, after the files are in place");
        assertTrue(lines.indexOf(users.get(0)) > lines.indexOf(copies.get(copies.size() - 1)), "USER before a COPY");
        String user = users.get(0).substring("USER ".length()).split(":")[0];
        assertTrue(user.matches("\\d+"), "a numeric user, which runAsNonRoot can check");
        assertNotEquals("0", user);
        String entrypoint = lines.stream().filter(l -> l.startsWith("ENTRYPOINT ")).reduce((a, b) -> b).orElse("");
        assertTrue(entrypoint.matches("ENTRYPOINT \\[\"java\", .*\"/deployments/quarkus-run.jar\"]"),
                "not the exec form (the JVM would not get SIGTERM): " + entrypoint);

        for (String workload : KubernetesManifestsTest.WORKLOADS) {
            JsonNode deployment = new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("..", "k8s", "base", workload, "deployment.yaml").toFile());
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertEquals(user, pod.path("securityContext").path("runAsUser").asText(), workload + ": another user than the image's");
        }
    }

    @Test
    void theBuildNamesTheImagesK8sDeploysAndFindsTheDockerfile() throws IOException {
        for (String service : SERVICES) {
            Path module = Path.of("..", service);
            Properties own = ServiceConfiguration.of(service);
            String group = own.getProperty("quarkus.container-image.group");
            assertTrue(Files.isRegularFile(module.resolve(own.getProperty("quarkus.docker.dockerfile-jvm-path"))),
                    service + ": the Dockerfile path does not resolve from the module");
            String name = own.getProperty("quarkus.container-image.name", own.getProperty("quarkus.application.name"));
            JsonNode deployment = new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("..", "k8s", "base", service, "deployment.yaml").toFile());
            String image = deployment.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText();
            assertEquals(group + "/" + name, image, service + ": k8s deploys another image than the build makes");
        }
    }
}
