package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.complaints.api.FiledComplaint;
import org.sanad.complaints.api.NewComplaint;
import org.sanad.complaints.service.ComplaintService;
import org.sanad.complaints.service.TrackingService;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.StatusChange;
import org.sanad.testing.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class AnonymousTrackingTest {

    private static final String GOVERNORATE = "IQ-BA";

    private static ExtractableResponse<Response> fileAnonymously(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/anonymous-complaints").then()
                .statusCode(201)
                .body("secret", matchesPattern("[0-9A-HJKMNP-TV-Z]{26}"))
                .body("complaint.filerKind", equalTo("ANONYMOUS"))
                .extract();
    }

    @Test
    void credentialsSentToAnAnonymousRouteAreIgnoredNotRecorded() {
        String citizen = TOKENS.citizen("logged-in-phone");
        String id = given().auth().oauth2(citizen).contentType(ContentType.JSON).body(complaint(GOVERNORATE))
                .when().post("/anonymous-complaints").then().statusCode(201)
                .body("complaint.filerKind", equalTo("ANONYMOUS")).extract().path("id");
        UUID complaintId = UUID.fromString(id);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(null, Complaint.<Complaint> findById(complaintId).filerSubject);
            assertEquals(0L, StatusChange.count("complaintId = ?1 and actorSubject = 'logged-in-phone'", complaintId));
            assertEquals(0L, AuditEntry.count("recordId = ?1 and actorSubject = 'logged-in-phone'", id));
        });
        // the complaint is not the citizen's: it is not among theirs
        given().auth().oauth2(citizen).when().get("/complaints/" + id).then().statusCode(404);
        // an expired token does not turn anonymous filing into a 401
        given().auth().oauth2(TOKENS.expiredCitizen("stale-phone")).contentType(ContentType.JSON)
                .body(complaint(GOVERNORATE)).when().post("/anonymous-complaints").then().statusCode(201);
    }

    @Test
    void anAnonymousFilerFollowsTheComplaintWithNumberAndSecret() {
        Map<String, Object> body = complaint(GOVERNORATE);
        Fixtures.victimOf(body).remove("name");
        Fixtures.victimOf(body).remove("contactPhone");
        ExtractableResponse<Response> filed = fileAnonymously(body);
        String number = filed.path("trackingNumber");
        String secret = filed.path("secret");

        given().header("X-Tracking-Secret", secret).when().get("/tracking/" + number).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("status", equalTo("SUBMITTED"))
                .body("history.to", contains("SUBMITTED"))
                .body("victim", equalTo(null));
        // the number is not case-sensitive when read out over the phone
        given().header("X-Tracking-Secret", secret.toLowerCase()).when().get("/tracking/" + number.toLowerCase())
                .then().statusCode(200);
    }

    @Test
    void aWrongSecretAndAnUnknownNumberLookTheSame() {
        String number = fileAnonymously(complaint(GOVERNORATE)).path("trackingNumber");
        given().header("X-Tracking-Secret", "WRONGSECRETWRONGSECRETWRON").when().get("/tracking/" + number).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No complaint matches this tracking number and secret."));
        given().when().get("/tracking/" + number).then().spec(Problems.notFound());
        given().header("X-Tracking-Secret", "WRONGSECRETWRONGSECRETWRON").when().get("/tracking/IQ-2026-0000-0000")
                .then().statusCode(404)
                .body("detail", equalTo("No complaint matches this tracking number and secret."));
        given().header("X-Tracking-Secret", "S".repeat(65)).when().get("/tracking/" + number).then()
                .statusCode(400);
        given().header("X-Tracking-Secret", "S").when().get("/tracking/" + "X".repeat(33)).then()
                .statusCode(400);
    }

    @Test
    void aCitizensComplaintCannotBeOpenedAsAnonymous() {
        String id = Fixtures.fileAs("citizen-track-1", complaint(GOVERNORATE));
        String number = given().auth().oauth2(TOKENS.citizen("citizen-track-1")).when().get("/complaints/" + id)
                .then().extract().path("trackingNumber");
        given().header("X-Tracking-Secret", "ANYTHING").when().get("/tracking/" + number).then().spec(Problems.notFound());
    }

    @Test
    void theAnonymousFilerAnswersAQuestionAddsEvidenceAndWithdraws() {
        ExtractableResponse<Response> filed = fileAnonymously(complaint(GOVERNORATE));
        String id = filed.path("id");
        String number = filed.path("trackingNumber");
        String secret = filed.path("secret");
        String officer = TOKENS.officer("intake-officer", GOVERNORATE);
        String etag = Fixtures.etagOf(officer, id);
        etag = Fixtures.triage(officer, id, etag, Map.of("outcome", "UNDER_REVIEW")).statusCode(200)
                .extract().header("ETag");
        Fixtures.triage(officer, id, etag, Map.of("outcome", "NEEDS_INFORMATION",
                "question", "متى بدأ التهديد؟", "internalNote", "check the wallet")).statusCode(200);

        String trackingEtag = given().header("X-Tracking-Secret", secret).when().get("/tracking/" + number).then()
                .statusCode(200)
                .body("status", equalTo("NEEDS_INFORMATION"))
                .body("pendingQuestion", equalTo("متى بدأ التهديد؟"))
                .body("history[2].note", equalTo("متى بدأ التهديد؟"))
                .body("history[2].internalNote", equalTo(null))
                .body("history[2].actor", equalTo(null))
                .extract().header("ETag");

        given().header("X-Tracking-Secret", secret).header("If-Match", trackingEtag).contentType(ContentType.JSON)
                .body(Map.of("text", "بدأ قبل أسبوعين"))
                .when().post("/tracking/" + number + "/supplements").then()
                .statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("pendingQuestion", equalTo(null));

        given().header("X-Tracking-Secret", secret).contentType("text/plain")
                .queryParam("fileName", "chat.txt").body("رسالة التهديد")
                .when().post("/tracking/" + number + "/evidence").then()
                .statusCode(201)
                .body("sha256", notNullValue());
        given().header("X-Tracking-Secret", "WRONGSECRETWRONGSECRETWRON").contentType("text/plain")
                .queryParam("fileName", "chat.txt").body("x")
                .when().post("/tracking/" + number + "/evidence").then().spec(Problems.notFound());

        String latest = given().header("X-Tracking-Secret", secret).when().get("/tracking/" + number).then()
                .body("evidence", hasSize(1)).extract().header("ETag");
        given().header("X-Tracking-Secret", secret).header("If-Match", latest).contentType(ContentType.JSON)
                .body(Map.of("reason", "solved privately"))
                .when().post("/tracking/" + number + "/withdrawal").then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Inject
    ComplaintService complaints;

    @Inject
    TrackingService tracking;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ObjectMapper json;

    /** Defence in depth: should credentials ever get past the HTTP layer, anonymous filing still records nobody. */
    @Test
    void anAnonymousFilerIsRecordedAsNobodyWhateverIdentityTheRequestHolds() {
        ManagedContext request = Arc.container().requestContext();
        boolean active = request.isActive();
        if (!active) {
            request.activate();
        }
        try {
            identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("held-identity"))
                    .addRole(Roles.CITIZEN).build());
            FiledComplaint filed = complaints.fileAnonymously(json.convertValue(complaint(GOVERNORATE), NewComplaint.class), "ar");
            tracking.track(filed.trackingNumber(), filed.secret());
            QuarkusTransaction.requiringNew().run(() -> {
                assertEquals(null, Complaint.<Complaint> findById(filed.id()).filerSubject);
                assertEquals(0L, AuditEntry.count("actorSubject", "held-identity"));
                assertEquals(0L, StatusChange.count("actorSubject", "held-identity"));
                assertEquals(2L, AuditEntry.count("recordId = ?1 and actorSubject = 'anonymous' and actorRoles = 'anonymous'",
                        filed.id().toString()));
            });
        } finally {
            if (!active) {
                request.terminate();
            }
        }
    }
}
