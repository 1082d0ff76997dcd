package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Encrypted values, and what identifies an evidence file, are sealed to their row: one copied from
 * another complaint in the database (by whoever can write to it) is not read as this one's. The read
 * is refused with a 409 {@code integrity-failure}, and the refusal is in the audit log, naming where
 * the value is.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class SealedFieldsTest {

    private static final String GOVERNORATE = "IQ-KA";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    /** One complaint's stored value written over another's, as the service's own database role could. */
    private void copy(String column, String from, String to) throws SQLException {
        try (Connection app = DriverManager.getConnection(jdbcUrl, "sanad_app", "sanad_app");
                PreparedStatement update = app.prepareStatement("UPDATE complaint SET " + column + " = (SELECT " + column
                        + " FROM complaint WHERE id = ?) WHERE id = ?")) {
            update.setObject(1, UUID.fromString(from));
            update.setObject(2, UUID.fromString(to));
            assertEquals(1, update.executeUpdate());
        }
    }

    private long refusalsRecorded(String recordId) throws SQLException {
        try (Connection app = DriverManager.getConnection(jdbcUrl, "sanad_app", "sanad_app");
                PreparedStatement count = app.prepareStatement("SELECT count(*) FROM audit_entry WHERE action = "
                        + "'field.integrity-failure' AND record_type = 'encrypted-field' AND outcome = 'DENIED' "
                        + "AND record_id = ?")) {
            count.setString(1, recordId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    void aNarrativeCopiedFromAnotherComplaintIsRefusedAsAnIntegrityFailureAndRecorded() throws SQLException {
        Map<String, Object> body = complaint(GOVERNORATE);
        body.put("narrative", "رواية الضحية الأولى");
        String first = fileAs("citizen-sealed-1", body);
        String second = fileAs("citizen-sealed-2", complaint(GOVERNORATE));

        copy("narrative", first, second);

        given().auth().oauth2(OFFICER).header("Accept-Language", "en").when().get("/complaints/" + second).then()
                .spec(Problems.of(409, "integrity-failure"));
        assertEquals(1, refusalsRecorded("complaint.narrative id=" + second));
        // the complaint the value was taken from still reads as it was
        given().auth().oauth2(OFFICER).when().get("/complaints/" + first).then().statusCode(200)
                .body("narrative", equalTo("رواية الضحية الأولى"));
    }

    @Test
    void anEvidenceFileSwappedWithAnotherComplaintsIsRefusedNotServed() throws SQLException {
        String mine = fileAs("citizen-sealed-5", complaint(GOVERNORATE));
        String theirs = fileAs("citizen-sealed-6", complaint(GOVERNORATE));
        String myFile = upload("citizen-sealed-5", mine, "my chat");
        String theirFile = upload("citizen-sealed-6", theirs, "their chat");

        // their file's object, hash and size moved to my record (one record per object): consistent
        // bytes and hash, another victim's file
        try (Connection app = DriverManager.getConnection(jdbcUrl, "sanad_app", "sanad_app");
                PreparedStatement before = app.prepareStatement("SELECT object_id, sha256, size_bytes FROM evidence "
                        + "WHERE id = ?");
                PreparedStatement take = app.prepareStatement("UPDATE evidence SET object_id = NULL, purged_at = now(), "
                        + "purge_reason = 'moved' WHERE id = ?");
                PreparedStatement move = app.prepareStatement("UPDATE evidence SET object_id = ?, sha256 = ?, "
                        + "size_bytes = ? WHERE id = ?")) {
            before.setObject(1, UUID.fromString(theirFile));
            ResultSet theirObject = before.executeQuery();
            theirObject.next();
            take.setObject(1, UUID.fromString(theirFile));
            take.execute();
            move.setObject(1, theirObject.getObject(1));
            move.setString(2, theirObject.getString(2));
            move.setLong(3, theirObject.getLong(3));
            move.setObject(4, UUID.fromString(myFile));
            assertEquals(1, move.executeUpdate());
        }

        given().auth().oauth2(OFFICER).header("Accept-Language", "en").when()
                .get("/complaints/" + mine + "/evidence/" + myFile + "/content").then()
                .spec(Problems.of(409, "integrity-failure"));
        assertEquals(1, refusalsRecorded("evidence.file_seal id=" + myFile));
    }

    private static String upload(String filer, String complaintId, String text) {
        return given().auth().oauth2(TOKENS.citizen(filer)).contentType("text/plain").queryParam("fileName", "chat.txt")
                .body(text.getBytes(StandardCharsets.UTF_8)).when().post("/complaints/" + complaintId + "/evidence")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aTriageWhichReReadsTheComplaintUnderItsRowLockLeavesItsValuesReadable() {
        Map<String, Object> body = complaint(GOVERNORATE);
        body.put("narrative", "رواية قبل الفرز");
        String id = fileAs("citizen-sealed-triage", body);

        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200)
                .body("narrative", equalTo("رواية قبل الفرز")).body("victim.name", equalTo(Fixtures.victimOf(body).get("name")));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id).then().statusCode(200)
                .body("narrative", equalTo("رواية قبل الفرز")).body("victim.name", equalTo(Fixtures.victimOf(body).get("name")));
    }

    @Test
    void anOfficersQuestionCopiedFromAnotherComplaintIsRefusedToo() throws SQLException {
        String asked = fileAs("citizen-sealed-3", complaint(GOVERNORATE));
        String other = fileAs("citizen-sealed-4", complaint(GOVERNORATE));
        for (String id : new String[] { asked, other }) {
            triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
            triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "NEEDS_INFORMATION", "question",
                    "سؤال عن " + id)).statusCode(200);
        }

        copy("pending_question", asked, other);

        given().auth().oauth2(TOKENS.citizen("citizen-sealed-4")).when().get("/complaints/" + other).then()
                .spec(Problems.of(409, "integrity-failure"));
        assertEquals(1, refusalsRecorded("complaint.pending_question id=" + other));
        given().auth().oauth2(TOKENS.citizen("citizen-sealed-3")).when().get("/complaints/" + asked).then()
                .statusCode(200).body("pendingQuestion", equalTo("سؤال عن " + asked));
    }
}
