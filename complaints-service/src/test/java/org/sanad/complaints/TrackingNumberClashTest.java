package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.file;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.service.TrackingNumbers;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * A tracking number is drawn at random and not looked up first: a filing whose number is taken
 * is made again, whole, with another, and nothing of the attempt that clashed remains.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class TrackingNumberClashTest {

    private static final String GOVERNORATE = "IQ-NA";

    @Test
    void aFilingWhoseNumberIsTakenIsMadeAgainWithAnotherAndOnlyOnce() {
        String taken = file(TOKENS.citizen("citizen-first"), complaint(GOVERNORATE)).statusCode(201)
                .extract().path("trackingNumber");
        String fresh = freshNumber();
        drawing(taken, taken, fresh);

        String subject = "citizen-clash";
        String id = file(TOKENS.citizen(subject), complaint(GOVERNORATE)).statusCode(201)
                .body("trackingNumber", equalTo(fresh)).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(1L, Complaint.count("trackingNumber", taken));
            assertEquals(1L, Complaint.count("filerSubject", subject), "the attempts that clashed left no complaint");
            assertEquals(1L, AuditEntry.count("action = 'complaint.file' and actorSubject = ?1", subject));
            assertEquals(fresh, Complaint.<Complaint> findById(UUID.fromString(id)).trackingNumber);
        });
    }

    @Test
    void anAnonymousFilerWhoseNumberClashedFollowsTheComplaintWithTheNumberAndSecretAnswered() {
        String taken = file(TOKENS.citizen("citizen-first-anonymous"), complaint(GOVERNORATE)).statusCode(201)
                .extract().path("trackingNumber");
        String fresh = freshNumber();
        drawing(taken, fresh);

        var filed = given().contentType(ContentType.JSON).body(complaint(GOVERNORATE))
                .when().post("/anonymous-complaints").then().statusCode(201)
                .body("trackingNumber", equalTo(fresh)).extract();
        given().header("X-Tracking-Secret", filed.<String> path("secret")).when().get("/tracking/" + fresh)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    /** Five clashes in a row mean something else is wrong: the unique violation is answered as a conflict. */
    @Test
    void aFilingThatKeepsDrawingTakenNumbersIsAConflictAndLeavesNoComplaint() {
        String taken = file(TOKENS.citizen("citizen-first-again"), complaint(GOVERNORATE)).statusCode(201)
                .extract().path("trackingNumber");
        drawing(taken, taken, taken, taken, taken, freshNumber());

        String subject = "citizen-always-clashing";
        file(TOKENS.citizen(subject), complaint(GOVERNORATE)).statusCode(409)
                .contentType("application/problem+json");
        QuarkusTransaction.requiringNew().run(() -> assertEquals(0L, Complaint.count("filerSubject", subject)));
    }

    /** The numbers the next filings draw, in turn. */
    private static void drawing(String... numbers) {
        Deque<String> drawn = new ArrayDeque<>(List.of(numbers));
        QuarkusMock.installMockForType(new TrackingNumbers() {
            @Override
            public String next() {
                return drawn.pop();
            }
        }, TrackingNumbers.class);
    }

    private static String freshNumber() {
        String digits = UUID.randomUUID().toString().replaceAll("[^0-9]", "") + "00000000";
        return "IQ-" + Year.now(ZoneOffset.UTC) + "-" + digits.substring(0, 4) + "-" + digits.substring(4, 8);
    }
}
