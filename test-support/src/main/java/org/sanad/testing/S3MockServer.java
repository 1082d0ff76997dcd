package org.sanad.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real S3-compatible server for the tests: Adobe's S3Mock (an S3 API over the local file system,
 * from Maven Central) started as a separate Java process on a free port, with the bucket
 * {@value #BUCKET}; the service is pointed at it with path-style addressing. The jar is copied into
 * the module's target/ by Maven ({@code -Ds3mock.jar}).
 */
public class S3MockServer implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "sanad-evidence-test";
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";

    private Process server;
    private Path root;

    @Override
    public Map<String, String> start() {
        Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Mock is not at " + jar + ": run the tests through Maven, which copies it");
        }
        try {
            int port = freePort();
            root = Files.createTempDirectory("s3mock");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-jar", jar.toString(),
                    "--com.adobe.testing.s3mock.httpPort=" + port, "--server.port=0",
                    "--com.adobe.testing.s3mock.domain.initialBuckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.domain.root=" + root, "--spring.main.banner-mode=off"));
            Path log = jar.getParent().resolve("s3mock.log");
            server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            awaitReady(endpoint, log);
            return Map.of("sanad.evidence-store.kind", "s3",
                    "sanad.evidence-store.s3.bucket", BUCKET,
                    "sanad.evidence-store.s3.endpoint", endpoint.toString(),
                    "sanad.evidence-store.s3.path-style", "true",
                    "sanad.evidence-store.s3.access-key-id", ACCESS_KEY,
                    "sanad.evidence-store.s3.secret-access-key", SECRET_KEY);
        } catch (IOException e) {
            throw new IllegalStateException("S3Mock did not start", e);
        }
    }

    private void awaitReady(URI endpoint, Path log) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("S3Mock exited with " + server.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/" + BUCKET).toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setRequestMethod("HEAD");
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("S3Mock was not ready within 90 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.destroy();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (root != null) {
            // what the tests stored: a benchmark's gigabyte included
            try (var files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // left in the temporary directory
            }
        }
    }
}
