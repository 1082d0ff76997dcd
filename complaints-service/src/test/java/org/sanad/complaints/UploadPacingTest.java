package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
@WithTestResource(CasesStub.class)
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
    private String dribbledUpload(String path, String token) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
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
        String filer = "dribbling-phone";
        String complaintId = fileAs(filer, complaint("IQ-DA"));
        String statusLine = dribbledUpload("/complaints/" + complaintId + "/evidence?fileName=chat.txt",
                TOKENS.citizen(filer));
        assertTrue(statusLine.startsWith("HTTP/1.1 408"), statusLine);
        assertTrue(Duration.between(before, Instant.now()).toSeconds() < 10, "answered while the client was still sending");

        given().auth().oauth2(TOKENS.citizen(filer)).when().get("/complaints/" + complaintId + "/evidence").then()
                .statusCode(200).body("items", empty());
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM evidence_object WHERE NOT committed AND created_at >= :before")
                .setParameter("before", before).getSingleResult()).longValue());
        assertEquals(0, left, "the partial upload was deleted");
    }
}
