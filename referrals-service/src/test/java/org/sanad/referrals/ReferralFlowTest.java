package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sanad.referrals.Referrals.BAGHDAD_INV;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.draft;
import static org.sanad.referrals.Referrals.etag;
import static org.sanad.referrals.Referrals.reply;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submit;
import static org.sanad.referrals.Referrals.submitted;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.handoff.OutboxEvent;
import org.sanad.referrals.domain.CourtReply;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** From the prosecutor's draft to the court's decision, and what flows back to the case. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class ReferralFlowTest {

    private static List<String> courtProgress(String referralId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .<OutboxEvent> list("aggregateId = ?1 and type = 'court-progress' order by createdAt", referralId)
                .stream().map(e -> e.payload.replaceAll(".*\"step\":\"([A-Z_]+)\".*", "$1")).toList());
    }

    @Test
    void aProsecutorDraftsFromTheCaseAndTheVictimsAppearOnlyAsPseudonyms() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String body = draft(PROSECUTOR, stubbed.draft(PMC)).statusCode(201)
                .header("Location", containsString("/referrals/"))
                .body("status", equalTo("DRAFT"))
                .body("versionNumber", equalTo(1))
                .body("draft", equalTo(true))
                .body("referenceNumber", matchesPattern("REF-\\d{4}-\\d{6}"))
                .body("court.code", equalTo(PMC))
                .body("defendants[0].name", equalTo("ع. م. ح."))
                .body("defendants[0].arrests[0].unit", equalTo("مديرية مكافحة الإجرام - الجرائم الإلكترونية"))
                .body("defendants[0].charges.article", equalTo(List.of("430", "452")))
                .body("evidence[0].sha256", equalTo(stubbed.sha256()))
                .body("evidence[0].custody.allChecksMatched", equalTo(true))
                .body("victims.pseudonym", equalTo(List.of("VICTIM-1", "VICTIM-2")))
                .extract().asString();
        for (UUID complaintId : stubbed.complaintIds()) {
            assertFalse(body.contains(complaintId.toString()), "a complaint id left the service");
        }
        assertFalse(body.contains("complaintId"));
    }

    @Test
    void aDraftNamesOnlyTheCasesSuspectsTheCataloguesStatutesAndACourtOfTheGovernorate() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        Map<String, Object> wrong = stubbed.draft("IQ-BA-INV");
        wrong.put("defendants", List.of(Map.of("suspectId", UUID.randomUUID().toString(), "charges", List.of("IQ-PC-999"))));
        wrong.put("evidenceItemIds", List.of(UUID.randomUUID().toString()));
        draft(PROSECUTOR, wrong).statusCode(400)
                .body("errors.field", containsInAnyOrder("courtCode", "defendants[0].suspectId",
                        "defendants[0].charges[0]", "evidenceItemIds[0]"));
        given().auth().oauth2(PROSECUTOR).header("Accept-Language", "ar").contentType(ContentType.JSON).body(wrong)
                .when().post("/referrals").then().statusCode(400)
                .body("errors.find { it.field == 'courtCode' }.message", equalTo("هذه المحكمة لا تنظر قضايا محافظة القضية."));
        Map<String, Object> noCase = stubbed.draft(PMC);
        noCase.remove("caseId");
        draft(PROSECUTOR, noCase).statusCode(400).body("errors[0].field", equalTo("caseId"));

        draft(PROSECUTOR, stubbed.draft(BAGHDAD_INV)).statusCode(201);
        draft(PROSECUTOR, stubbed.draft(PMC)).statusCode(409);
    }

    @Test
    void onlyProsecutorsOfTheCasesGovernorateMayPrepareAReferral() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        draft(TOKENS.officer("prosecutor", "IQ-BA"), stubbed.draft(PMC)).spec(Problems.forbidden());
        draft(TOKENS.officer("investigator", GOVERNORATE), stubbed.draft(PMC)).spec(Problems.forbidden());
        draft(TOKENS.court(PMC), stubbed.draft(PMC)).spec(Problems.forbidden());
        draft(TOKENS.citizen("amal"), stubbed.draft(PMC)).spec(Problems.forbidden());
        given().contentType(ContentType.JSON).body(stubbed.draft(PMC)).when().post("/referrals").then()
                .spec(Problems.unauthenticated());

        String id = draft(PROSECUTOR, stubbed.draft(PMC)).statusCode(201).extract().path("id");
        given().auth().oauth2(TOKENS.officer("prosecutor", "IQ-BA")).when().get("/referrals/" + id).then()
                .spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("prosecutor", "NATIONAL")).when().get("/referrals/" + id).then()
                .statusCode(200);
        given().auth().oauth2(TOKENS.officer("prosecutor", "IQ-BA")).header("If-Match", etag(id))
                .when().post("/referrals/" + id + "/submission").then().spec(Problems.forbidden());
        given().auth().oauth2(PROSECUTOR).when().get("/referrals?status=DRAFT").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(TOKENS.officer("prosecutor", "IQ-BA")).when().get("/referrals").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void submittingFreezesTheVersionAndMarksTheCaseReferredOnce() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = draft(PROSECUTOR, stubbed.draft(PMC)).statusCode(201).extract().path("id");
        given().auth().oauth2(PROSECUTOR).when().post("/referrals/" + id + "/submission").then().statusCode(428);
        given().auth().oauth2(PROSECUTOR).header("If-Match", "\"99\"").when().post("/referrals/" + id + "/submission")
                .then().statusCode(412);
        submit(id).statusCode(200).body("status", equalTo("SUBMITTED")).body("draft", equalTo(false));
        submit(id).statusCode(409);
        given().auth().oauth2(PROSECUTOR).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(stubbed.draft(PMC)).when().put("/referrals/" + id).then().statusCode(409)
                .body("type", equalTo("urn:sanad:problem:illegal-transition"));
        assertEquals(List.of("REFERRED"), courtProgress(id));
        String payload = QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .<OutboxEvent> find("aggregateId", id).firstResult().payload);
        assertFalse(payload.contains(stubbed.complaintIds().get(0).toString()));
    }

    @Test
    void aHearingRetriedWithTheSameIdempotencyKeyIsRecordedOnce() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        reply(PMC, id, "receipt", Map.of("version", 1)).statusCode(200);
        reply(PMC, id, "review", Map.of("version", 1, "outcome", "ACCEPTED")).statusCode(200);
        String key = UUID.randomUUID().toString();
        String hearing = Referrals.json(Map.of("version", 1, "scheduledFor",
                Instant.now().plus(14, ChronoUnit.DAYS).toString(), "chamber", "الهيئة الأولى"));

        Response first = hearing(PMC, id, key, hearing);
        first.then().statusCode(200).body("progress.hearings", hasSize(1));
        long audited = auditEntriesOf(id);
        Response retry = hearing(PMC, id, key, hearing);
        retry.then().statusCode(200).header("Idempotent-Replayed", "true");

        assertArrayEquals(first.asByteArray(), retry.asByteArray());
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> CourtReply
                .count("referralId = ?1 and kind = 'HEARING'", UUID.fromString(id))));
        assertEquals(audited, auditEntriesOf(id));
        // the key is the court's: another court sending it gets nothing of this one's answer
        hearing(BAGHDAD_INV, id, key, hearing).then().spec(Problems.notFound());
        // the same key for another hearing is refused, and records nothing
        hearing(PMC, id, key, hearing.replace("الهيئة الأولى", "الهيئة الثانية")).then()
                .spec(Problems.of(422, "idempotency-key-reused"));
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id).then().statusCode(200)
                .body("progress.hearings", hasSize(1));
        // without a key, a second hearing is a second hearing, as before
        reply(PMC, id, "hearings", Map.of("version", 1, "scheduledFor", Instant.now().plus(21, ChronoUnit.DAYS).toString(),
                "chamber", "الهيئة الأولى")).statusCode(200).body("progress.hearings", hasSize(2));
    }

    private static Response hearing(String court, String referralId, String key, String body) {
        return given().auth().oauth2(TOKENS.court(court)).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/court/referrals/" + referralId + "/hearings");
    }

    private static long auditEntriesOf(String recordId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("recordId", recordId));
    }

    @Test
    void theCourtRepliesInTurnAndTheDecisionFlowsBackToTheCase() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        String suspect = stubbed.suspectId().toString();
        Map<String, Object> decision = Map.of("version", 1, "decidedOn", LocalDate.now(ZoneOffset.UTC).toString(), "verdicts",
                List.of(Map.of("suspectId", suspect, "statuteCode", "IQ-PC-430", "outcome", "CONVICTED",
                        "sentence", "الحبس ثلاث سنوات")));

        reply(PMC, id, "decision", decision).statusCode(409)
                .body("type", equalTo("urn:sanad:problem:illegal-transition"))
                .body("detail", containsString("HEARING_SCHEDULED"))
                .body("detail", containsString("SUBMITTED"));
        reply(PMC, id, "review", Map.of("version", 1, "outcome", "ACCEPTED")).statusCode(409)
                .body("detail", containsString("RECEIVED"));
        reply(PMC, id, "receipt", Map.of("version", 1)).statusCode(200).body("status", equalTo("RECEIVED"))
                .body("progress.receivedAt", not(equalTo(null)));
        reply(PMC, id, "receipt", Map.of("version", 1)).statusCode(200).body("status", equalTo("RECEIVED"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> CourtReply
                .count("referralId = ?1 and kind = 'RECEIPT'", UUID.fromString(id))));
        String inTwoWeeks = Instant.now().plus(14, ChronoUnit.DAYS).toString();
        reply(PMC, id, "receipt", Map.of("version", 2)).statusCode(409).body("detail", containsString("version 1"));
        reply(PMC, id, "hearings", Map.of("version", 1, "scheduledFor", inTwoWeeks, "chamber", "الهيئة الأولى"))
                .statusCode(409);
        reply(PMC, id, "review", Map.of("version", 1, "outcome", "PARTIALLY_ACCEPTED")).statusCode(400)
                .body("errors[0].field", equalTo("reasons"));
        reply(PMC, id, "review", Map.of("version", 1, "outcome", "ACCEPTED")).statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        reply(PMC, id, "hearings", Map.of("version", 1, "scheduledFor", Instant.now().plus(3000, ChronoUnit.DAYS).toString(),
                "chamber", "الهيئة الأولى")).statusCode(400).body("errors[0].field", equalTo("scheduledFor"));
        // the court sends its own offset; the hearing comes back as that instant, and at the court's zone (Asia/Baghdad)
        OffsetDateTime atNineThirty = ZonedDateTime.now(ZoneId.of("Asia/Baghdad")).plusDays(14).withHour(9).withMinute(30)
                .truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime();
        String sent = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(atNineThirty);
        reply(PMC, id, "hearings", Map.of("version", 1, "scheduledFor", sent, "chamber", "الهيئة الأولى"))
                .statusCode(200).body("status", equalTo("HEARING_SCHEDULED"))
                .body("progress.hearings", hasSize(1))
                .body("progress.hearings[0].reply.scheduledFor", equalTo(atNineThirty.toInstant().toString()))
                .body("progress.hearings[0].timeZone", equalTo("Asia/Baghdad"))
                .body("progress.hearings[0].courtTime", equalTo(sent))
                .body("court.timeZone", equalTo("Asia/Baghdad"));
        reply(PMC, id, "decision", Map.of("version", 1, "decidedOn", LocalDate.now(ZoneOffset.UTC).toString(), "verdicts",
                List.of(Map.of("suspectId", suspect, "statuteCode", "IQ-PC-438", "outcome", "CONVICTED"))))
                .statusCode(400).body("errors[0].field", equalTo("verdicts[0].statuteCode"));
        reply(PMC, id, "decision", Map.of("version", 1, "decidedOn", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(),
                "verdicts", decision.get("verdicts"))).statusCode(400).body("errors[0].field", equalTo("decidedOn"));
        reply(PMC, id, "decision", decision).statusCode(200).body("status", equalTo("DECIDED"))
                .body("progress.decision.reply.verdicts[0].outcome", equalTo("CONVICTED"));
        reply(PMC, id, "decision", decision).statusCode(409);

        assertEquals(List.of("REFERRED", "HEARING_SCHEDULED", "DECIDED"), courtProgress(id));
        given().auth().oauth2(PROSECUTOR).header("If-Match", etag(id)).when().post("/referrals/" + id + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        // the case may be referred again once its referral is closed
        Referrals.draft(PROSECUTOR, stubbed.draft(PMC)).statusCode(201);
    }

    @Test
    void aReturnedReferralIsAmendedIntoANewVersionAndTheOldOneStaysReadable() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        reply(PMC, id, "receipt", Map.of("version", 1)).statusCode(200);
        reply(PMC, id, "review", Map.of("version", 1, "outcome", "RETURNED", "reasons",
                List.of(Map.of("item", "charge:IQ-PC-452", "reason", "لا دليل على تسليم أموال")))).statusCode(200)
                .body("status", equalTo("RETURNED"));

        stubbed.complaintIds().add(0, UUID.randomUUID());
        Referrals.stubBasis(stubbed, GOVERNORATE);
        Map<String, Object> amended = stubbed.draft(PMC);
        amended.put("defendants", List.of(Map.of("suspectId", stubbed.suspectId().toString(), "charges", List.of("IQ-PC-430"))));
        given().auth().oauth2(PROSECUTOR).header("If-Match", etag(id)).contentType(ContentType.JSON).body(amended)
                .when().put("/referrals/" + id).then().statusCode(200)
                .body("versionNumber", equalTo(2)).body("draft", equalTo(true))
                .body("victims.pseudonym", equalTo(List.of("VICTIM-3", "VICTIM-1", "VICTIM-2")));
        // the court still sees version 1, returned, until version 2 is submitted
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id).then().statusCode(200)
                .body("versionNumber", equalTo(1)).body("status", equalTo("RETURNED"));
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id + "/versions/2").then()
                .spec(Problems.notFound());

        submit(id).statusCode(200).body("versionNumber", equalTo(2)).body("status", equalTo("SUBMITTED"));
        reply(PMC, id, "receipt", Map.of("version", 1)).statusCode(409);
        reply(PMC, id, "receipt", Map.of("version", 2)).statusCode(200);
        given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id + "/versions/1").then().statusCode(200)
                .body("defendants[0].charges.statuteCode", equalTo(List.of("IQ-PC-430", "IQ-PC-452")))
                .body("progress.review.reply.outcome", equalTo("RETURNED"))
                .body("progress.review.reply.reasons[0].item", equalTo("charge:IQ-PC-452"));
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id + "/versions/1").then()
                .statusCode(200).body("defendants[0].charges", hasSize(2));
        // the prosecutors' list shows the newest version with the court's replies to it alone
        String listed = "items.find { it.id == '" + id + "' }";
        given().auth().oauth2(PROSECUTOR).when().get("/referrals?status=RECEIVED&limit=100").then().statusCode(200)
                .body(listed + ".versionNumber", equalTo(2))
                .body(listed + ".defendants[0].charges.statuteCode", equalTo(List.of("IQ-PC-430")))
                .body(listed + ".victims", hasSize(3))
                .body(listed + ".progress.receivedAt", notNullValue())
                .body(listed + ".progress.review", nullValue());
        assertEquals(List.of("REFERRED", "RETURNED", "REFERRED"), courtProgress(id));
    }
}
