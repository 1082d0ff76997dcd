package org.sanad.idempotency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;
import org.sanad.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class IdempotencyTest {

    private static final TestTokens TOKENS = new TestTokens("idempotency-test");
    private static final String KEY = IdempotencyKey.HEADER;

    @Inject
    EntityManager entityManager;

    @Inject
    IdempotencyStore store;

    private static RequestSpecification citizen(String subject) {
        return given().auth().oauth2(TOKENS.citizen(subject)).contentType(ContentType.JSON);
    }

    private static String body(String note) {
        return "{\"note\":\"" + note + "\"}";
    }

    private long orders(String note) {
        return QuarkusTransaction.requiringNew().call(() -> FixtureOrder.count("note", note));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerByteForByteAndMakesNoSecondRecord() {
        String key = UUID.randomUUID().toString();
        String note = "first-" + key;
        Response first = citizen("citizen-1").header(KEY, key).body(body(note)).post("/fixture-orders");
        first.then().statusCode(201);
        Response retry = citizen("citizen-1").header(KEY, "\"" + key + "\"").body(body(note)).post("/fixture-orders");
        retry.then().statusCode(201).header(StoredAnswer.REPLAYED_HEADER, "true");

        assertArrayEquals(first.asByteArray(), retry.asByteArray());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.header("Content-Type"), retry.header("Content-Type"));
        assertNull(first.header(StoredAnswer.REPLAYED_HEADER));
        assertEquals(1, orders(note));
    }

    @Test
    void withoutAKeyEveryRequestHasItsEffect() {
        String note = "unkeyed-" + UUID.randomUUID();
        citizen("citizen-1").body(body(note)).post("/fixture-orders").then().statusCode(201);
        citizen("citizen-1").body(body(note)).post("/fixture-orders").then().statusCode(201);
        assertEquals(2, orders(note));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndDoesNothing() {
        String key = UUID.randomUUID().toString();
        String note = "reused-" + key;
        citizen("citizen-1").header(KEY, key).body(body(note)).post("/fixture-orders").then().statusCode(201);

        citizen("citizen-1").header(KEY, key).body(body(note + "-changed")).post("/fixture-orders")
                .then().spec(Problems.of(422, "idempotency-key-reused"));
        assertEquals(1, orders(note));
        assertEquals(0, orders(note + "-changed"));
    }

    @Test
    void aKeyOfOneCallerNeverReplaysAnotherCallersAnswer() {
        String key = UUID.randomUUID().toString();
        String note = "shared-key-" + key;
        Response mine = citizen("citizen-1").header(KEY, key).body(body(note)).post("/fixture-orders");
        mine.then().statusCode(201);
        Response theirs = citizen("citizen-2").header(KEY, key).body(body(note)).post("/fixture-orders");
        theirs.then().statusCode(201);

        assertNull(theirs.header(StoredAnswer.REPLAYED_HEADER));
        assertNotEquals(mine.jsonPath().getString("id"), theirs.jsonPath().getString("id"));
        assertEquals("citizen-2", theirs.jsonPath().getString("owner"));
        assertEquals(2, orders(note));
    }

    @Test
    void courtsAreScopedByTheirClientId() {
        String key = UUID.randomUUID().toString();
        String note = "court-" + key;
        Response first = given().auth().oauth2(TOKENS.court("PMC-BGD")).contentType(ContentType.JSON).header(KEY, key)
                .body(body(note)).post("/fixture-orders/court");
        first.then().statusCode(200);
        given().auth().oauth2(TOKENS.court("PMC-BGD")).contentType(ContentType.JSON).header(KEY, key)
                .body(body(note)).post("/fixture-orders/court")
                .then().statusCode(200).header(StoredAnswer.REPLAYED_HEADER, "true");
        given().auth().oauth2(TOKENS.court("PMC-BSR")).contentType(ContentType.JSON).header(KEY, key)
                .body(body(note)).post("/fixture-orders/court")
                .then().statusCode(200);
        assertEquals(2, orders(note));
    }

    @Test
    void aMalformedKeyIsRefusedBeforeAnything() {
        String note = "malformed-" + UUID.randomUUID();
        for (String malformed : List.of("", "two words", "x".repeat(256), "\"unterminated", "\"a\" b")) {
            citizen("citizen-1").header(KEY, malformed).body(body(note)).post("/fixture-orders")
                    .then().spec(Problems.of(400, "validation"));
        }
        citizen("citizen-1").header("Accept-Language", "ar").header(KEY, "two words").body(body(note))
                .post("/fixture-orders").then().spec(Problems.of(400, "validation"))
                .header("Content-Language", "ar");
        assertEquals(0, orders(note));
    }

    @Test
    void twoIdenticalRequestsAtOnceHaveOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        String note = "slow";
        long before = orders(note);
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<Integer> send = () -> {
                    start.await();
                    return citizen("citizen-race").header(KEY, key).body(body(note)).post("/fixture-orders").statusCode();
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 1, 409, racers - 1), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, orders(note));
        // once the first is answered, a retry is its answer
        citizen("citizen-race").header(KEY, key).body(body(note)).post("/fixture-orders")
                .then().statusCode(201).header(StoredAnswer.REPLAYED_HEADER, "true");
        assertEquals(before + 1, orders(note));
    }

    @Test
    void aRequestInProgressIsAConflictInEitherLanguage() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> first = pool.submit(() -> citizen("citizen-3").header(KEY, key).body(body("slow"))
                    .post("/fixture-orders").statusCode());
            Thread.sleep(500);
            citizen("citizen-3").header(KEY, key).header("Accept-Language", "ar").body(body("slow"))
                    .post("/fixture-orders").then().spec(Problems.of(409, "idempotency-in-progress"))
                    .header("Content-Language", "ar");
            assertEquals(201, first.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedRequestGivesItsKeyBack() {
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            citizen("citizen-1").header(KEY, key).body(body("refused")).post("/fixture-orders")
                    .then().spec(Problems.of(409, "illegal-transition"));
        }
        assertEquals(0, records(key, "subject:citizen-1"));
    }

    @Test
    void anAnonymousAnswerIsStoredEncryptedAndReplayedWithItsSecret() {
        String key = UUID.randomUUID().toString();
        String note = "anonymous-" + key;
        Response first = given().contentType(ContentType.JSON).header(KEY, key).body(body(note))
                .post("/fixture-orders/anonymous");
        first.then().statusCode(201);
        String secret = first.jsonPath().getString("secret");
        Response retry = given().contentType(ContentType.JSON).header(KEY, key).body(body(note))
                .post("/fixture-orders/anonymous");
        retry.then().statusCode(201).header(StoredAnswer.REPLAYED_HEADER, "true");
        assertEquals(secret, retry.jsonPath().getString("secret"));
        assertEquals(1, orders(note));

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT response FROM idempotency_record WHERE lookup = :lookup")
                .setParameter("lookup", lookupOf(key, "route:POST /fixture-orders/anonymous")).getSingleResult());
        assertTrue(stored.startsWith("enc2:"), stored);
        assertTrue(!stored.contains(secret));
    }

    @Test
    void thePurgeDeletesTheKeysPastTheirRetentionOnly() {
        String expiring = UUID.randomUUID().toString();
        String kept = UUID.randomUUID().toString();
        citizen("citizen-4").header(KEY, expiring).body(body("purged-" + expiring)).post("/fixture-orders")
                .then().statusCode(201);
        citizen("citizen-4").header(KEY, kept).body(body("kept-" + kept)).post("/fixture-orders").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE idempotency_record SET expires_at = now() - interval '1 second' WHERE lookup = :lookup")
                .setParameter("lookup", lookupOf(expiring, "subject:citizen-4")).executeUpdate());

        assertTrue(store.purge(Instant.now()) >= 1);
        assertEquals(0, records(expiring, "subject:citizen-4"));
        assertEquals(1, records(kept, "subject:citizen-4"));
        // past its retention, the key is a new request
        citizen("citizen-4").header(KEY, expiring).body(body("purged-" + expiring)).post("/fixture-orders")
                .then().statusCode(201).header(StoredAnswer.REPLAYED_HEADER, (String) null);
        assertEquals(2, orders("purged-" + expiring));
        assertTrue(store.purge(Instant.now().plus(Duration.ofDays(2))) >= 2);
    }

    @Test
    void thePurgeTakesBatchesUntilNothingExpiredIsLeft() {
        List<String> keys = Stream.generate(() -> UUID.randomUUID().toString()).limit(5).toList();
        for (String key : keys) {
            citizen("citizen-6").header(KEY, key).body(body("batched-" + key)).post("/fixture-orders").then().statusCode(201);
        }
        for (String key : keys) {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("UPDATE idempotency_record SET expires_at = now() - interval '1 second' WHERE lookup = :lookup")
                    .setParameter("lookup", lookupOf(key, "subject:citizen-6")).executeUpdate());
        }

        // five rows in batches of two (sanad.idempotency.purge-batch in the tests): three transactions, none left
        assertTrue(store.purge(Instant.now()) >= keys.size());
        for (String key : keys) {
            assertEquals(0, records(key, "subject:citizen-6"), key);
        }
    }

    @Test
    void aKeyPastItsRetentionThatThePurgeHasNotReachedIsANewRequest() {
        String key = UUID.randomUUID().toString();
        String note = "taken-over-" + key;
        citizen("citizen-5").header(KEY, key).body(body(note)).post("/fixture-orders").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE idempotency_record SET expires_at = now() - interval '1 second' WHERE lookup = :lookup")
                .setParameter("lookup", lookupOf(key, "subject:citizen-5")).executeUpdate());
        citizen("citizen-5").header(KEY, key).body(body(note + "-other")).post("/fixture-orders").then().statusCode(201);
        assertEquals(1, orders(note + "-other"));
    }

    private static byte[] lookupOf(String key, String scope) {
        return new IdempotentRequest(scope, key, "", "", new byte[0]).lookup();
    }

    private long records(String key, String scope) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM idempotency_record WHERE lookup = :lookup")
                .setParameter("lookup", lookupOf(key, scope)).getSingleResult()).longValue());
    }
}
