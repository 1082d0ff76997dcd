package org.sanad.evidence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Not part of the build's tests (the name keeps surefire from picking it up): bench/evidence.sh
 * runs it with a small heap. Uploads a video of {@code -Dbench.evidence.mib} MiB (1024 by default)
 * over HTTP with curl into the store ({@link EvidenceFixtureResource}: intake, then the store),
 * downloads it, checks the SHA-256 on both ends and prints the rates and the heap's peak, which
 * must not grow with the file.
 */
@QuarkusTest
@TestProfile(EvidenceStreamBenchmark.LargeEvidence.class)
@WithTestResource(OidcWiremockTestResource.class)
class EvidenceStreamBenchmark {

    public static class LargeEvidence implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("evidence-fixture.max-bytes", "2147483648", "quarkus.http.limits.max-body-size", "2049M");
        }
    }

    @TestHTTPResource("/")
    URI base;

    /** Runs a shell pipeline (curl on the other end, so the client's buffers are not in this heap). */
    private static String shell(String script) throws Exception {
        Process process = new ProcessBuilder("bash", "-o", "pipefail", "-c", script).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    @Test
    void aVideoOfAGigabyteUploadsAndDownloadsWithAFlatHeap() throws Exception {
        long size = Long.getLong("bench.evidence.mib", 1024) * 1024 * 1024;
        Path sent = Files.createTempFile("sent", ".sha256");
        resetPeaks();

        long start = System.nanoTime();
        // an MP4-looking stream: its signature, then random bytes; hashed on the way out
        String uploaded = shell("( printf '\\0\\0\\0\\030ftypmp42'; head -c " + (size - 12) + " /dev/urandom ) | tee >(sha256sum | cut -d' ' -f1 > "
                + sent + ") | curl -sS -f -X POST -T - -H 'Content-Type: video/mp4' '"
                + base.resolve(EvidenceFixture.PATH + "?fileName=video.mp4") + "'");
        double uploadSeconds = (System.nanoTime() - start) / 1e9;
        long uploadPeak = heapPeak();
        String objectId = uploaded.replaceAll(".*\"objectId\":\"([^\"]+)\".*", "$1");
        String sentHash = Files.readString(sent).strip();
        assertEquals(sentHash, uploaded.replaceAll(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1"));
        resetPeaks();

        start = System.nanoTime();
        String received = shell("curl -sS -f '" + base.resolve(EvidenceFixture.PATH + "/" + objectId + "?sha256=" + sentHash)
                + "' | sha256sum | cut -d' ' -f1");
        double downloadSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(sentHash, received);

        double mib = size / 1024.0 / 1024.0;
        System.out.printf(Locale.ROOT, "EvidenceStreamBenchmark: %.0f MiB, max heap %d MiB; upload %.1f s = %.1f MiB/s "
                + "(heap peak %d MiB); download %.1f s = %.1f MiB/s (heap peak %d MiB)%n", mib,
                Runtime.getRuntime().maxMemory() >> 20, uploadSeconds, mib / uploadSeconds, uploadPeak >> 20,
                downloadSeconds, mib / downloadSeconds, heapPeak() >> 20);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
