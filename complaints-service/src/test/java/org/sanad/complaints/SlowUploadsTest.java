package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
@WithTestResource(CasesStub.class)
class SlowUploadsTest {

    private static final int UPLOADS = 30;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @TestHTTPResource("/")
    URI base;

    /** 16 KiB of text, then nothing until {@code released}, then 16 KiB more. */
    private static InputStream stalled(CountDownLatch started, CountDownLatch released) {
        return new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent == 16 * 1024) {
                    started.countDown();
                    try {
                        released.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
                return sent++ < 32 * 1024 ? 'a' + sent % 26 : -1;
            }
        };
    }

    @Test
    void moreStalledUploadsThanPooledConnectionsLeaveEveryOtherEndpointAnswering() throws Exception {
        assertEquals(true, UPLOADS > poolSize, "more uploads than connections: " + poolSize);
        String filer = "slow-phone";
        String complaintId = fileAs(filer, complaint("IQ-DI"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        CountDownLatch started = new CountDownLatch(UPLOADS);
        CountDownLatch released = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            HttpRequest upload = HttpRequest.newBuilder(base.resolve("/complaints/" + complaintId + "/evidence?fileName=chat-" + i + ".txt"))
                    .header("Authorization", "Bearer " + TOKENS.citizen(filer)).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stalled(started, released))).build();
            uploads.add(client.sendAsync(upload, HttpResponse.BodyHandlers.ofString()));
        }
        try {
            assertEquals(true, started.await(30, TimeUnit.SECONDS), "every upload is under way and stalled");
            String officer = TOKENS.officer("intake-officer", "IQ-DI");
            for (int i = 0; i < 10; i++) {
                // the pool waits 5 s for a connection before a 503: these answer at once
                given().auth().oauth2(officer).when().get("/complaints/" + complaintId).then().statusCode(200)
                        .time(org.hamcrest.Matchers.lessThan(4000L));
                given().auth().oauth2(officer).when().get("/complaints?governorate=IQ-DI").then().statusCode(200);
            }
        } finally {
            released.countDown();
        }
        for (CompletableFuture<HttpResponse<String>> upload : uploads) {
            assertEquals(201, upload.get(60, TimeUnit.SECONDS).statusCode());
        }
        given().auth().oauth2(TOKENS.officer("intake-officer", "IQ-DI")).when().get("/complaints/" + complaintId + "/evidence")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(UPLOADS));
    }
}
