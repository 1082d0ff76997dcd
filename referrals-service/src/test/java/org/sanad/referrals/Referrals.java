package org.sanad.referrals;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sanad.core.hashing.Sha256;
import org.sanad.testing.ServiceStub;
import org.sanad.testing.TestTokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** A case as cases-service offers it for referral, stubbed, and the prosecutor's and courts' calls. */
public final class Referrals {

    public static final TestTokens TOKENS = new TestTokens("referrals-service");
    public static final String GOVERNORATE = "IQ-BG";
    public static final String PROSECUTOR = TOKENS.officer("prosecutor", GOVERNORATE);
    /** The Publishing and Media Court, and Baghdad's investigative court. */
    public static final String PMC = "IQ-PMC";
    public static final String BAGHDAD_INV = "IQ-BG-INV";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Referrals() {
    }

    /** A case of {@code governorate} with one arrested suspect, one evidence item and two victims' complaints. */
    public record StubbedCase(UUID caseId, UUID suspectId, UUID itemId, byte[] bytes, List<UUID> complaintIds) {

        public String sha256() {
            return Sha256.of(bytes);
        }

        public Map<String, Object> draft(String court) {
            Map<String, Object> body = new HashMap<>();
            body.put("caseId", caseId.toString());
            body.put("courtCode", court);
            body.put("summary", "قام المتهم بتهديد الضحيتين بنشر صورهما الخاصة ما لم تدفعا مبالغ مالية.");
            body.put("defendants", List.of(Map.of("suspectId", suspectId.toString(),
                    "charges", List.of("IQ-PC-430", "IQ-PC-452"))));
            return body;
        }
    }

    public static StubbedCase stubCase(String governorate) {
        StubbedCase stubbed = new StubbedCase(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ("evidence " + UUID.randomUUID()).getBytes(), new ArrayList<>(List.of(UUID.randomUUID(), UUID.randomUUID())));
        stubBasis(stubbed, governorate);
        stubRelease(stubbed.itemId(), stubbed.bytes());
        return stubbed;
    }

    public static void stubBasis(StubbedCase stubbed, String governorate) {
        stubBasis(stubbed, governorate, List.of(Map.of("id", stubbed.itemId(), "kind", "SCREENSHOT", "description",
                "لقطة شاشة لرسائل التهديد", "contentType", "image/png", "sizeBytes",
                stubbed.bytes().length, "sha256", stubbed.sha256(), "registeredAt", Instant.parse("2026-11-18T10:00:00Z"),
                "custody", Map.of("entries", 2, "hashChecks", 1, "allChecksMatched", true, "lastAction", "VERIFIED",
                        "lastAt", Instant.parse("2026-11-19T10:00:00Z")))));
    }

    /** The case with {@code evidence} as cases-service's referral basis lists it. */
    public static void stubBasis(StubbedCase stubbed, String governorate, List<Map<String, Object>> evidence) {
        stubBasis(stubbed, governorate, evidence, Map.of("id", stubbed.suspectId(), "displayName", "ع. م. ح.", "aliases",
                List.of("shadow_77"), "arrests", List.of(Map.of("at", Instant.parse("2026-11-20T21:00:00Z"), "place",
                        "الكرادة، بغداد", "unit", "مديرية مكافحة الإجرام - الجرائم الإلكترونية"))));
    }

    /** The case with {@code evidence} and its one {@code suspect} as cases-service's referral basis lists them. */
    public static void stubBasis(StubbedCase stubbed, String governorate, List<Map<String, Object>> evidence,
            Map<String, Object> suspect) {
        Map<String, Object> basis = new HashMap<>();
        basis.put("caseId", stubbed.caseId());
        basis.put("caseNumber", governorate.substring(3) + "-2026-" + stubbed.caseId().toString().substring(0, 5));
        basis.put("governorate", governorate);
        basis.put("status", "ARREST_MADE");
        basis.put("suspects", List.of(suspect));
        basis.put("evidence", evidence);
        basis.put("complaintIds", stubbed.complaintIds());
        ServiceStub.server().stubFor(get(urlEqualTo("/cases/" + stubbed.caseId() + "/referral-basis"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json(basis))));
    }

    /** cases-service releases {@code bytes} for the item (whatever they are), with their hash as it does. */
    public static void stubRelease(UUID itemId, byte[] bytes) {
        stubRelease(itemId, bytes, Sha256.of(bytes));
    }

    /** cases-service releases {@code bytes} declaring {@code sha256} (the recorded hash, which the bytes may not give). */
    public static void stubRelease(UUID itemId, byte[] bytes, String sha256) {
        ServiceStub.server().stubFor(get(urlPathEqualTo("/court-releases/evidence/" + itemId))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/png")
                        .withHeader("X-Content-SHA256", sha256).withBody(bytes)));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ValidatableResponse draft(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/referrals").then();
    }

    public static String etag(String referralId) {
        return etag(referralId, PROSECUTOR);
    }

    public static String etag(String referralId, String prosecutor) {
        return given().auth().oauth2(prosecutor).when().get("/referrals/" + referralId).then().statusCode(200)
                .extract().header("ETag");
    }

    public static ValidatableResponse submit(String referralId) {
        return submit(referralId, PROSECUTOR);
    }

    /** Submits as {@code prosecutor}, who must serve the referral's governorate. */
    public static ValidatableResponse submit(String referralId, String prosecutor) {
        return given().auth().oauth2(prosecutor).header("If-Match", etag(referralId, prosecutor))
                .when().post("/referrals/" + referralId + "/submission").then();
    }

    /** Drafts and submits a referral of a fresh case to {@code court}; answers its id. */
    /** The cursor after the last entry of {@code court}'s feed, page by page from the start. */
    public static String feedEnd(String court) {
        String cursor = null;
        JsonPath page;
        do {
            var request = given().auth().oauth2(TOKENS.court(court)).queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            page = request.when().get("/court/feed").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
        } while (page.getBoolean("hasMore"));
        return cursor;
    }

    public static String submitted(StubbedCase stubbed, String court) {
        String id = draft(PROSECUTOR, stubbed.draft(court)).statusCode(201).extract().path("id");
        submit(id).statusCode(200);
        return id;
    }

    public static ValidatableResponse reply(String court, String referralId, String kind, Map<String, Object> body) {
        return given().auth().oauth2(TOKENS.court(court)).contentType(ContentType.JSON).body(body)
                .when().post("/court/referrals/" + referralId + "/" + kind).then();
    }

    /** A referral of {@code stubbed} to {@code court} taken through to the court's decision; answers its id. */
    public static String decided(StubbedCase stubbed, String court) {
        String id = submitted(stubbed, court);
        reply(court, id, "receipt", Map.of("version", 1)).statusCode(200);
        reply(court, id, "review", Map.of("version", 1, "outcome", "ACCEPTED")).statusCode(200);
        reply(court, id, "hearings", Map.of("version", 1, "scheduledFor", Instant.now().plusSeconds(86_400).toString(),
                "chamber", "Chamber 1")).statusCode(200);
        reply(court, id, "decision", Map.of("version", 1, "decidedOn", LocalDate.now(ZoneOffset.UTC)
                .toString(), "verdicts", List.of(Map.of("suspectId", stubbed.suspectId().toString(), "statuteCode",
                        "IQ-PC-430", "outcome", "CONVICTED")))).statusCode(200);
        return id;
    }

    /** complaints-service discloses each of the case's victims, as it answers a court's request. */
    public static void stubDisclosures(StubbedCase stubbed) {
        for (UUID complaintId : stubbed.complaintIds()) {
            ServiceStub.server().stubFor(post(urlEqualTo("/complaints/" + complaintId + "/victim-disclosures"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                            "{\"name\":\"زينب علي\",\"minor\":false,\"disclosedAt\":\"2026-11-25T10:00:00Z\"}")));
        }
    }

    public static ValidatableResponse askIdentity(String court, String referralId, String pseudonym) {
        return given().auth().oauth2(TOKENS.court(court)).contentType(ContentType.JSON)
                .body(Map.of("reason", "The victim must be summoned to testify at the hearing."))
                .when().post("/court/referrals/" + referralId + "/victims/" + pseudonym + "/identity").then();
    }
}
