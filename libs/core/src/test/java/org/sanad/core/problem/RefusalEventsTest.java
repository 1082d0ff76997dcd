package org.sanad.core.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.core.fixtures.Fixtures.TOKENS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.core.audit.EndpointRefused;
import org.sanad.core.fixtures.FixtureAudit;
import org.sanad.core.fixtures.RefusalsSeen;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The problem mappers announce every refusal for the audit log to write (sanad-audit's
 * RefusalAuditor; here the fixture RefusalsSeen, which writes like it in a transaction of its
 * own): a record refused by a service once the refused request's transaction has given its
 * connection back, so that writing it never needs a second connection (the test application's
 * pool has one); a request refused at the HTTP layer for the caller as read before the refusal.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RefusalEventsTest {

    @Inject
    RefusalsSeen refusals;

    @Test
    void aRefusedRecordIsAnnouncedOnceItsTransactionHasGivenItsConnectionBack() {
        String id = UUID.randomUUID().toString();
        int mark = refusals.all().size();
        given().auth().oauth2(TOKENS.officer("intake-officer", "IQ-BA")).when().get("/fixtures/records/" + id)
                .then().spec(Problems.forbidden());
        assertEquals(List.of(new ProblemException.Refusal(FixtureAudit.Action.FIXTURE_READ, FixtureAudit.Record.FIXTURE, id)),
                refusals.since(mark));
        assertEquals(1, refusals.written(id));
    }

    /**
     * Eight at once on a pool of one: each refusal used to be written while its request held its
     * transaction's connection, and they starved each other into 500s that were not written.
     */
    @Test
    void concurrentRefusalsNeverStarveThePool() throws Exception {
        String outsider = TOKENS.officer("intake-officer", "IQ-BA");
        List<String> ids = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                answers.add(clients.submit(() -> given().auth().oauth2(outsider).when().get("/fixtures/records/" + id)
                        .then().extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(403, answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        for (String id : ids) {
            assertEquals(1, refusals.written(id), "the refusal of " + id + " was written once");
        }
    }

    @Test
    void aRequestRefusedAtTheHttpLayerIsAnnouncedForTheCallerReadBeforehand() {
        String path = "/fixtures/records/" + UUID.randomUUID();
        int mark = refusals.all().size();
        given().when().get(path).then().spec(Problems.unauthenticated());
        given().auth().oauth2(TOKENS.expiredCitizen("refused-expired")).when().get(path).then()
                .spec(Problems.unauthenticated());
        given().auth().oauth2(TOKENS.citizen("refused-citizen")).when().get(path).then().spec(Problems.forbidden());
        // nothing of a token that could not be authenticated is trusted: its caller is anonymous
        assertEquals(List.of(new EndpointRefused("anonymous", "anonymous", "GET " + path),
                new EndpointRefused("anonymous", "anonymous", "GET " + path),
                new EndpointRefused("refused-citizen", "citizen", "GET " + path)), refusals.since(mark));
        assertEquals(3, refusals.written(path));
    }

    @Test
    void aRequestAnsweredWithoutARefusalAnnouncesNone() {
        int mark = refusals.all().size();
        given().auth().oauth2(TOKENS.citizen("refused-none")).when().get("/fixtures/caller").then().statusCode(200);
        given().when().get("/fixtures/reports/anything").then().statusCode(204);
        assertEquals(Set.of(), new HashSet<>(refusals.since(mark)));
    }
}
