package org.sanad.referrals;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.reply;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.sanad.core.hashing.Sha256;
import org.sanad.testing.ServiceStub;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A court sees a victim as a pseudonym: nothing a court system can read carries the complaint's
 * tracking number, its id, or the name the victim gave an evidence file. The case's evidence is
 * listed as cases-service described a complaint's file before it stopped naming the complaint, so
 * the worst a case can hold is what is carried through to the court.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class CourtPseudonymityTest {

    private static final String TRACKING_NUMBER = "IQ-2026-ZQ7X-K4WD";
    private static final String FILE_NAME = "سارة_أحمد_صور_خاصة_ZQ7X.jpg";
    private static final String COURT = TOKENS.court(PMC);

    /** Every answer a court got, headers and body, as text. */
    private final List<String> seen = new ArrayList<>();

    private Response seen(Response response) {
        seen.add(response.getStatusCode() + " " + response.getHeaders() + "\n" + response.asString());
        return response;
    }

    private Response court(String method, String path, Object body) {
        var request = given().auth().oauth2(COURT);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return seen(request.when().request(method, path));
    }

    private Referrals.StubbedCase caseWithAComplaintsFile() {
        byte[] bytes = ("the victim's screenshot " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Referrals.StubbedCase stubbed = new Referrals.StubbedCase(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                bytes, new ArrayList<>(List.of(UUID.randomUUID(), UUID.randomUUID())));
        Referrals.stubBasis(stubbed, GOVERNORATE, List.of(Map.of("id", stubbed.itemId(), "kind", "FILE",
                "description", "Evidence of complaint " + TRACKING_NUMBER + ": " + FILE_NAME,
                "fileName", FILE_NAME, "contentType", "image/jpeg", "sizeBytes", bytes.length,
                "sha256", Sha256.of(bytes), "registeredAt", Instant.parse("2026-11-18T10:00:00Z"),
                "custody", Map.of("entries", 1, "hashChecks", 0, "allChecksMatched", true, "lastAction", "RECEIVED",
                        "lastAt", Instant.parse("2026-11-18T10:00:00Z")))));
        Referrals.stubRelease(stubbed.itemId(), bytes);
        for (UUID complaintId : stubbed.complaintIds()) {
            // complaints-service's answer, with more than a court is given
            ServiceStub.server().stubFor(post(urlEqualTo("/complaints/" + complaintId + "/victim-disclosures"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                            "{\"complaintId\":\"" + complaintId + "\",\"trackingNumber\":\"" + TRACKING_NUMBER
                                    + "\",\"name\":\"سارة أحمد\",\"minor\":false,\"disclosedAt\":\"2026-11-25T10:00:00Z\"}")));
        }
        return stubbed;
    }

    private void wholeFeed() {
        String path = "/court/feed?limit=500";
        Response page;
        do {
            page = court("GET", path, null);
            path = "/court/feed?limit=500&after=" + page.path("next");
        } while (page.<Boolean> path("hasMore"));
    }

    /** Everything a court system can GET or be answered about the referral, from submission to decision. */
    private void walkAsTheCourt(String id, Referrals.StubbedCase stubbed) {
        wholeFeed();
        court("GET", "/court/referrals/" + id, null);
        court("GET", "/court/referrals/" + id + "/versions/1", null);
        court("POST", "/court/referrals/" + id + "/receipt", Map.of("version", 1)).then().statusCode(200);
        court("POST", "/court/referrals/" + id + "/review", Map.of("version", 1, "outcome", "ACCEPTED")).then()
                .statusCode(200);
        court("POST", "/court/referrals/" + id + "/hearings", Map.of("version", 1, "scheduledFor",
                Instant.now().plusSeconds(86_400).toString(), "chamber", "Chamber 2")).then().statusCode(200);
        String href = court("POST", "/court/referrals/" + id + "/evidence/" + stubbed.itemId() + "/link", null).then()
                .statusCode(200).extract().path("href");
        court("GET", href, null).then().statusCode(200);
        court("POST", "/court/referrals/" + id + "/victims/VICTIM-1/identity",
                Map.of("reason", "The victim must be summoned to testify at the hearing.")).then().statusCode(200);
        court("POST", "/court/referrals/" + id + "/decision", Map.of("version", 1, "decidedOn", LocalDate.now().toString(),
                "verdicts", List.of(Map.of("suspectId", stubbed.suspectId().toString(), "statuteCode", "IQ-PC-430",
                        "outcome", "CONVICTED", "sentence", "Three years")))).then().statusCode(200);
        court("GET", "/court/referrals/" + id, null);
        wholeFeed();
        // refusals a court can provoke answer as much as successes do
        court("POST", "/court/referrals/" + id + "/victims/VICTIM-9/identity",
                Map.of("reason", "The victim must be summoned to testify at the hearing."));
        court("POST", "/court/referrals/" + id + "/receipt", Map.of("version", 1));
    }

    private void assertNothingSeenNames(Referrals.StubbedCase stubbed) {
        List<String> markers = new ArrayList<>(List.of(TRACKING_NUMBER, "ZQ7X", FILE_NAME, "سارة_أحمد"));
        stubbed.complaintIds().forEach(id -> markers.add(id.toString()));
        assertTrue(seen.size() > 10);
        for (String answer : seen) {
            for (String marker : markers) {
                assertFalse(answer.contains(marker), "a court was shown " + marker + " in:\n" + answer);
            }
        }
    }

    @Test
    void nothingACourtReadsOrIsAnsweredNamesTheComplaintOrTheVictimsFile() {
        Referrals.StubbedCase stubbed = caseWithAComplaintsFile();
        String id = Referrals.submitted(stubbed, PMC);
        walkAsTheCourt(id, stubbed);
        assertNothingSeenNames(stubbed);
        Response referral = court("GET", "/court/referrals/" + id, null);
        assertEquals("item-1.jpg", referral.path("evidence[0].fileName"));
        assertEquals("Evidence file from a victim's complaint: image/jpeg, " + stubbed.bytes().length + " bytes",
                referral.path("evidence[0].description"));
    }

    @Test
    void versionsAndFeedEntriesStoredBeforeAreRewrittenByTheMigration() throws Exception {
        Referrals.StubbedCase stubbed = caseWithAComplaintsFile();
        String id = Referrals.submitted(stubbed, PMC);
        String view = court("GET", "/court/referrals/" + id, null).asString();
        // as an earlier release stored them: the description and the file name the case gave
        String legacy = "jsonb_set(jsonb_set(?::jsonb -> 'evidence', '{0,description}', to_jsonb('Evidence of complaint "
                + TRACKING_NUMBER + ": " + FILE_NAME + "'::text)), '{0,fileName}', to_jsonb('" + FILE_NAME + "'::text))";
        try (Connection db = superuser(); Statement statement = db.createStatement()) {
            columnsAsAnEarlierReleaseHadThem(statement);
            try {
                update(db, "UPDATE referral_version SET evidence = " + legacy + " WHERE referral_id = ?", view, id);
                update(db, "UPDATE feed_entry SET snapshot = jsonb_set(?::jsonb, '{evidence}', " + legacy
                        + ") WHERE referral_id = ?", view, view, id);
                // checked in SQL: while the columns are jsonb, the service's prepared reads would fail on
                // their changed type ("cached plan must not change result type")
                assertTrue(legacyRowsOf(db, id) > 0, "the legacy rows are in place");
                statement.execute(migrationScript());
                assertEquals(0, legacyRowsOf(db, id), "the migration rewrote them");
            } finally {
                columnsAsTheyAreNow(statement);
            }
        }
        walkAsTheCourt(id, stubbed);
        assertNothingSeenNames(stubbed);
    }

    private static int legacyRowsOf(Connection db, String referralId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT (SELECT count(*) FROM referral_version WHERE "
                + "referral_id = CAST(? AS uuid) AND evidence::text LIKE CAST(? AS text)) + (SELECT count(*) FROM "
                + "feed_entry WHERE referral_id = CAST(? AS uuid) AND snapshot::text LIKE CAST(? AS text))")) {
            query.setString(1, referralId);
            query.setString(2, "%" + TRACKING_NUMBER + "%");
            query.setString(3, referralId);
            query.setString(4, "%" + TRACKING_NUMBER + "%");
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /**
     * The manifest and the snapshots as jsonb, before V4 encrypted them (V2 runs on such a schema):
     * the other rows' sealed values are kept as JSON strings meanwhile and put back after.
     */
    private static void columnsAsAnEarlierReleaseHadThem(Statement statement) throws SQLException {
        statement.execute("ALTER TABLE referral_version DROP CONSTRAINT referral_version_evidence_encrypted, "
                + "ALTER COLUMN evidence TYPE jsonb USING CASE WHEN evidence LIKE 'enc2:%' THEN to_jsonb(evidence) "
                + "ELSE evidence::jsonb END");
        statement.execute("ALTER TABLE feed_entry DROP CONSTRAINT feed_entry_snapshot_encrypted, "
                + "ALTER COLUMN snapshot TYPE jsonb USING CASE WHEN snapshot LIKE 'enc2:%' THEN to_jsonb(snapshot) "
                + "ELSE snapshot::jsonb END");
    }

    /** V4's columns again: the rows V2 rewrote stay clear JSON, as V4 leaves them until the service seals them. */
    private static void columnsAsTheyAreNow(Statement statement) throws SQLException {
        statement.execute("ALTER TABLE referral_version ALTER COLUMN evidence TYPE text USING CASE WHEN "
                + "jsonb_typeof(evidence) = 'string' THEN evidence #>> '{}' ELSE evidence::text END, "
                + "ADD CONSTRAINT referral_version_evidence_encrypted CHECK (evidence ~ '^enc2:') NOT VALID");
        statement.execute("ALTER TABLE feed_entry ALTER COLUMN snapshot TYPE text USING CASE WHEN "
                + "jsonb_typeof(snapshot) = 'string' THEN snapshot #>> '{}' ELSE snapshot::text END, "
                + "ADD CONSTRAINT feed_entry_snapshot_encrypted CHECK (snapshot ~ '^enc2:') NOT VALID");
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                System.getProperty("sanad.test.superuser", "postgres"),
                System.getProperty("sanad.test.superuser-password", ""));
    }

    /** Runs {@code sql} with {@code values}, the last of them the referral's id. */
    private static void update(Connection db, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length - 1; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.setObject(values.length, UUID.fromString(values[values.length - 1]));
            assertTrue(statement.executeUpdate() > 0, sql);
        }
    }

    private static String migrationScript() throws IOException {
        try (InputStream script = CourtPseudonymityTest.class.getClassLoader()
                .getResourceAsStream("db/migration/V2__court_manifest_names_no_complaint.sql")) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
