package org.sanad.evidence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.evidence.store.EvidenceFixture.count;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A phone that keeps a connection open by dribbling bytes is cut off once, past the grace period,
 * its average falls under the minimum rate: 408, and nothing of the file is kept.
 */
@QuarkusTest
@TestProfile(UploadPacingTest.SlowClientLimits.class)
@WithTestResource(OidcWiremockTestResource.class)
class UploadPacingTest {

    public static class SlowClientLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sanad.evidence-store.upload-min-rate", "20000", "sanad.evidence-store.upload-grace", "PT1S",
                    "sanad.evidence-store.upload-max-duration", "PT30S");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    EntityManager entityManager;

    /**
     * Sends the upload by hand on a socket, chunked: 12 KiB at once (past the 10 KiB the HTTP layer
     * buffers before the endpoint runs), then 64 bytes every 100 ms (about 640 B/s) from another
     * thread for up to 20 s, and answers the status line the server sends meanwhile.
     */
    private String dribbledUpload(String path) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, "a".repeat(12 * 1024));
            Thread dribbler = new Thread(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        Thread.sleep(100);
                        chunk(out, "b".repeat(64));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException | InterruptedException closed) {
                    // the server cut the upload off
                }
            });
            dribbler.start();
            try {
                return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
            } finally {
                dribbler.interrupt();
            }
        }
    }

    private static void chunk(OutputStream out, String data) throws IOException {
        out.write((Integer.toHexString(data.length()) + "\r\n" + data + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void aClientDribblingUnderTheMinimumRateIsCutOffAndNothingIsKept() throws Exception {
        Instant before = Instant.now();
        String statusLine = dribbledUpload(EvidenceFixture.PATH + "?fileName=chat.txt");
        assertTrue(statusLine.startsWith("HTTP/1.1 408"), statusLine);
        assertTrue(Duration.between(before, Instant.now()).toSeconds() < 10, "answered while the client was still sending");

        // nothing committed, and the partial upload's row deleted (its segments cascade with it)
        assertEquals(0, count(entityManager, "SELECT count(*) FROM evidence_object WHERE created_at >= ?1",
                Timestamp.from(before)), "the partial upload was deleted");
    }
}
