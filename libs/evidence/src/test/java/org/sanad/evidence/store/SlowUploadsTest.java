package org.sanad.evidence.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.evidence.store.EvidenceFixture.TOKENS;
import static org.sanad.evidence.store.EvidenceFixture.count;
import static org.sanad.evidence.store.EvidenceFixture.download;
import static org.sanad.evidence.store.EvidenceFixture.stored;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Phones on a slow network: more uploads in flight than the pool has connections, each stalled
 * halfway, and every other endpoint still answers, because no upload holds a connection or a
 * transaction while its client is sending.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SlowUploadsTest {

    private static final int UPLOADS = 30;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @TestHTTPResource("/")
    URI base;

    @Inject
    EntityManager entityManager;

    /**
     * An upload sent by hand on a socket, chunked, so that its first half is on the wire while the
     * second waits: 16 KiB of text (past the 10 KiB the HTTP layer buffers before the endpoint runs),
     * then nothing until {@link #finish}.
     */
    private Socket startStalled(int i) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + EvidenceFixture.PATH + "?fileName=chat-" + i + ".txt HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        chunk(out, "a".repeat(16 * 1024));
        return socket;
    }

    /** Sends the second 16 KiB and the end of the body, and answers the status line. */
    private static String finish(Socket socket) throws IOException {
        try (socket) {
            OutputStream out = socket.getOutputStream();
            chunk(out, "b".repeat(16 * 1024));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private static void chunk(OutputStream out, String data) throws IOException {
        out.write((Integer.toHexString(data.length()) + "\r\n" + data + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Every upload has reached the store: its object is written, not yet committed, while its client stalls. */
    private void awaitUploadsInTheStore(Instant since) throws InterruptedException {
        String uncommitted = "SELECT count(*) FROM evidence_object WHERE NOT committed AND created_at >= ?1";
        Instant deadline = Instant.now().plusSeconds(30);
        while (count(entityManager, uncommitted, Timestamp.from(since)) < UPLOADS && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(UPLOADS, count(entityManager, uncommitted, Timestamp.from(since)), "every upload is under way and stalled");
    }

    @Test
    void moreStalledUploadsThanPooledConnectionsLeaveEveryOtherEndpointAnswering() throws Exception {
        assertTrue(UPLOADS > poolSize, "more uploads than connections: " + poolSize);
        byte[] earlier = "رسالة التهديد".getBytes(StandardCharsets.UTF_8);
        EvidenceFixture.Stored stored = stored("text/plain", earlier);
        Instant before = Instant.now();
        List<Socket> uploads = new ArrayList<>();
        try {
            for (int i = 0; i < UPLOADS; i++) {
                uploads.add(startStalled(i));
            }
            awaitUploadsInTheStore(before);
            String admin = TOKENS.withRoles("operator", "admin");
            for (int i = 0; i < 10; i++) {
                // the pool waits 5 s for a connection before a 503: these answer at once
                assertArrayEquals(earlier, download(stored).statusCode(200).time(lessThan(4000L)).extract().asByteArray());
                given().auth().oauth2(admin).when().get("/evidence-keys").then().statusCode(200).time(lessThan(4000L));
            }
            for (Socket upload : uploads) {
                String statusLine = finish(upload);
                assertTrue(statusLine.startsWith("HTTP/1.1 201"), statusLine);
            }
        } finally {
            for (Socket upload : uploads) {
                upload.close();
            }
        }
        assertEquals(UPLOADS, count(entityManager, "SELECT count(*) FROM evidence_object WHERE committed AND created_at >= ?1",
                Timestamp.from(before)));
    }
}
