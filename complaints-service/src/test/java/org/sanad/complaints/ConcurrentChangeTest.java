package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.domain.Supplement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * Two changes sent with the same If-Match: one is taken, the other is told the record changed
 * (412). They used to race into the identifiers' unique index (a 500, later a 409).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class ConcurrentChangeTest {

    private static final int ROUNDS = 8;

    @Test
    void ofTwoSupplementsAgainstTheSameVersionOneIsTakenAndTheOtherIs412() throws Exception {
        String subject = "concurrent-filer";
        String filer = TOKENS.citizen(subject);
        String id = fileAs(subject, complaint("IQ-BG"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String etag = etagOf(filer, id);
                // both add the same account: the one unique index they used to race into
                Map<String, Object> supplement = Map.of("text", "the same account wrote again",
                        "identifiers", List.of(Map.of("type", "ACCOUNT_HANDLE", "value", "@extortionist." + round)));
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> sent = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    sent.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return given().auth().oauth2(filer).header("If-Match", etag).contentType(ContentType.JSON)
                                .body(supplement).when().post("/complaints/" + id + "/supplements")
                                .then().extract().statusCode();
                    }, pool));
                }
                start.countDown();
                List<Integer> statuses = sent.stream().map(CompletableFuture::join).sorted().toList();
                assertEquals(List.of(200, 412), statuses, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        long taken = QuarkusTransaction.requiringNew().call(() -> Supplement.count("complaint.id", UUID.fromString(id)));
        assertEquals(ROUNDS, taken, "one supplement per round, none half-written");
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
