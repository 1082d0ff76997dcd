package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.BAGHDAD_INV;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.feedEnd;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submitted;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanad.referrals.domain.FeedEntry;
import org.sanad.referrals.service.FeedWaiters;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A court may wait for its next entry instead of polling: the answer comes as soon as an entry is
 * committed for it, or after the wait, and while it waits it holds no connection.
 */
@QuarkusTest
@TestProfile(LongPollProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class FeedLongPollTest {

    private static final ExecutorService CLIENTS = Executors.newCachedThreadPool();

    @Inject
    FeedWaiters waiters;

    @AfterAll
    static void stopClients() {
        CLIENTS.shutdownNow();
    }

    private record Timed(Response response, Duration took) {

        JsonPath json() {
            return response.jsonPath();
        }
    }

    private static Timed poll(String court, String after, int waitSeconds) {
        long start = System.nanoTime();
        var request = given().auth().oauth2(TOKENS.court(court)).queryParam("wait", waitSeconds);
        if (after != null) {
            request.queryParam("after", after);
        }
        Response response = request.when().get("/court/feed");
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private static CompletableFuture<Timed> pollLater(String court, String after, int waitSeconds) {
        return CompletableFuture.supplyAsync(() -> poll(court, after, waitSeconds), CLIENTS);
    }

    @Test
    void anEntryCommittedDuringTheWaitIsAnsweredAtOnce() throws Exception {
        String end = feedEnd(PMC);
        CompletableFuture<Timed> waiting = pollLater(PMC, end, 20);
        Thread.sleep(700);
        assertFalse(waiting.isDone(), "nothing after the cursor yet: the poll waits");

        String made = submitted(stubCase(GOVERNORATE), PMC);

        Timed answered = waiting.get(10, TimeUnit.SECONDS);
        assertEquals(200, answered.response().statusCode());
        assertEquals(List.of(made), answered.json().getList("items.referral.id"));
        assertTrue(answered.took().compareTo(Duration.ofSeconds(8)) < 0, "answered long before the 20 s: " + answered.took());
    }

    @Test
    void anEntryAppendedByAnotherReplicaIsFoundByTheRecheck() throws Exception {
        submitted(stubCase(GOVERNORATE), PMC);
        String end = feedEnd(PMC);
        CompletableFuture<Timed> waiting = pollLater(PMC, end, 20);
        Thread.sleep(700);
        assertFalse(waiting.isDone());

        // written as another replica would: committed here without this replica's in-process signal
        java.util.UUID referral = QuarkusTransaction.requiringNew().call(() -> {
            FeedEntry last = FeedEntry.<FeedEntry> find("courtCode = ?1 order by position desc", PMC).firstResult();
            FeedEntry copy = new FeedEntry();
            copy.courtCode = PMC;
            copy.referralId = last.referralId;
            copy.change = "RECEIVED";
            copy.snapshot = last.snapshot;
            copy.recordedAt = Instant.now();
            copy.persist();
            return copy.referralId;
        });

        Timed answered = waiting.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("RECEIVED"), answered.json().getList("items.change"));
        assertEquals(referral.toString(), answered.json().getString("items[0].referral.id"));
        assertTrue(answered.took().compareTo(Duration.ofSeconds(8)) < 0, "found by the 2 s re-check: " + answered.took());
    }

    @Test
    void withNothingComingTheWaitEndsInAnEmptyPageWithTheSameCursor() {
        String end = feedEnd(PMC);
        Timed answered = poll(PMC, end, 2);

        assertEquals(200, answered.response().statusCode());
        assertTrue(answered.json().getList("items").isEmpty());
        assertEquals(end, answered.json().getString("next"));
        assertFalse(answered.json().getBoolean("hasMore"));
        assertTrue(answered.took().compareTo(Duration.ofMillis(1900)) >= 0, "waited the 2 s: " + answered.took());
        assertTrue(answered.took().compareTo(Duration.ofSeconds(6)) < 0, "and not much longer: " + answered.took());
    }

    @Test
    void entriesAlreadyThereAreAnsweredWithoutWaiting() {
        String end = feedEnd(PMC);
        String made = submitted(stubCase(GOVERNORATE), PMC);
        Timed answered = poll(PMC, end, 20);
        assertEquals(List.of(made), answered.json().getList("items.referral.id"));
        assertTrue(answered.took().compareTo(Duration.ofSeconds(5)) < 0, answered.took().toString());
    }

    @Test
    void aWaitOutsideZeroToThirtySecondsIsAProblem() {
        for (String wait : List.of("31", "-1", "soon", "2.5")) {
            given().auth().oauth2(TOKENS.court(PMC)).queryParam("wait", wait).when().get("/court/feed").then()
                    .spec(Problems.of(400, "validation")).body("errors[0].field", equalTo("wait"));
        }
    }

    @Test
    void morePollsWaitThanThePoolHasConnectionsAndTheServiceStillAnswersTheRest() throws Exception {
        String quiet = feedEnd(BAGHDAD_INV);
        List<CompletableFuture<Timed>> waiting = new ArrayList<>();
        for (int i = 0; i < LongPollProfile.MAX_WAITERS; i++) {
            waiting.add(pollLater(BAGHDAD_INV, quiet, 20));
        }
        // every poll has taken its place (on a slow machine some reach the service later than others)
        Instant until = Instant.now().plusSeconds(15);
        while (waiters.waiting() < LongPollProfile.MAX_WAITERS && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertEquals(LongPollProfile.MAX_WAITERS, waiters.waiting(), "all five wait");
        assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone), "all five wait");
        assertTrue(LongPollProfile.MAX_WAITERS > LongPollProfile.POOL);

        // with more polls waiting than the pool has connections, requests that need the database are
        // answered while every poll still waits: no poll holds a connection (held, they would leave
        // none until their wait ends, and a request would fail after the pool's acquisition timeout)
        String made = submitted(stubCase(GOVERNORATE), PMC);
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + made).then().statusCode(200);
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/feed").then().statusCode(200);
        assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone), "answered while all five still wait");

        // one more poll than a replica takes is told when to come back
        given().auth().oauth2(TOKENS.court(PMC)).queryParam("after", feedEnd(PMC)).queryParam("wait", 5).when()
                .get("/court/feed").then().spec(Problems.of(429, "too-many-requests")).header("Retry-After", equalTo("5"));

        // another court's entry woke none of them: each ends its wait with an empty page
        for (CompletableFuture<Timed> poll : waiting) {
            Timed answered = poll.get(40, TimeUnit.SECONDS);
            assertEquals(200, answered.response().statusCode());
            assertTrue(answered.json().getList("items").isEmpty());
            assertEquals(quiet, answered.json().getString("next"));
        }
        // and their places are free again
        given().auth().oauth2(TOKENS.court(PMC)).queryParam("after", feedEnd(PMC)).queryParam("wait", 1).when()
                .get("/court/feed").then().statusCode(200);
    }
}
