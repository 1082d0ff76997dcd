package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sanad.privacy.FieldAddress;
import org.sanad.privacy.FieldEncryption;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A complaint's platforms, threat types and demand types are arrays in its row (V12), and, while a
 * rolling upgrade still runs pods of the previous release, also rows of the three tables those
 * pods read and write: each form written is kept in step with the other.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class KindsInTheRowTest {

    private static final String GOVERNORATE = "IQ-DI";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    @Inject
    FieldEncryption encryption;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void aFilingIsReadBackAndAlsoWrittenToTheTablesThePreviousReleaseReads() throws SQLException {
        Map<String, Object> body = complaint(GOVERNORATE);
        body.put("platforms", List.of("WHATSAPP", "TELEGRAM", "FACEBOOK"));
        body.put("threatTypes", List.of("LEAK_SECRETS", "PUBLISH_INTIMATE_IMAGES"));
        String subject = "citizen-kinds";
        String id = fileAs(subject, body);

        given().auth().oauth2(TOKENS.citizen(subject)).when().get("/complaints/" + id).then().statusCode(200)
                .body("platforms", contains("FACEBOOK", "WHATSAPP", "TELEGRAM"))
                .body("threatTypes", contains("PUBLISH_INTIMATE_IMAGES", "LEAK_SECRETS"))
                .body("demand.types", contains("MONEY"));
        UUID complaint = UUID.fromString(id);
        try (Connection db = connect()) {
            assertEquals(List.of("FACEBOOK", "TELEGRAM", "WHATSAPP"), column(db,
                    "SELECT platform FROM complaint_platform WHERE complaint_id = ? ORDER BY 1", complaint));
            assertEquals(List.of("LEAK_SECRETS", "PUBLISH_INTIMATE_IMAGES"), column(db,
                    "SELECT threat_type FROM complaint_threat WHERE complaint_id = ? ORDER BY 1", complaint));
            assertEquals(List.of("MONEY"), column(db,
                    "SELECT demand_type FROM complaint_demand WHERE complaint_id = ? ORDER BY 1", complaint));
        }
    }

    @Test
    void aFilingWrittenTheWayThePreviousReleaseDidIsReadWithItsKinds() throws SQLException {
        String subject = "citizen-kinds-old";
        String template = fileAs(subject, complaint(GOVERNORATE));
        UUID id = UUID.randomUUID();
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            // the previous release's insert names no array (they take their default, empty), then
            // adds a row per kind, as its Hibernate mapping did
            execute(db, "CREATE TEMP TABLE old_pod ON COMMIT DROP AS SELECT * FROM complaint WHERE id = '" + template
                    + "'");
            execute(db, "UPDATE old_pod SET id = '" + id + "', tracking_number = 'OLD-" + id.toString().substring(0, 8) + "'");
            // encrypted values are sealed to their row: the copy's are sealed to its own, as a pod writing it would
            for (String encrypted : List.of("victim_name", "victim_contact_phone", "narrative")) {
                String stored = column(db, "SELECT " + encrypted + " FROM complaint WHERE id = ?", UUID.fromString(template))
                        .get(0);
                execute(db, "UPDATE old_pod SET " + encrypted + " = ?", encryption.seal(encryption.open(stored,
                        new FieldAddress("complaint", encrypted, "id=" + template)),
                        new FieldAddress("complaint", encrypted, "id=" + id)));
            }
            String columns = String.join(", ", column(db, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_name = 'complaint' AND column_name NOT IN ('platforms', 'threat_types', 'demand_types')"));
            execute(db, "INSERT INTO complaint (" + columns + ") SELECT " + columns + " FROM old_pod");
            execute(db, "INSERT INTO complaint_platform (complaint_id, platform) VALUES (?, 'SNAPCHAT'), (?, 'TIKTOK')", id, id);
            execute(db, "INSERT INTO complaint_threat (complaint_id, threat_type) VALUES (?, 'CONTACT_LIST_THREAT')", id);
            db.commit();
        }

        given().auth().oauth2(TOKENS.citizen(subject)).when().get("/complaints/" + id).then().statusCode(200)
                .body("platforms", contains("TIKTOK", "SNAPCHAT"))
                .body("threatTypes", contains("CONTACT_LIST_THREAT"))
                .body("demand", equalTo(null));
        // and the queue, which reads the arrays alone, filters and shows it by them
        given().auth().oauth2(OFFICER).queryParam("platform", "TIKTOK").queryParam("limit", 100).when()
                .get("/complaints").then().statusCode(200)
                .body("items.platforms", everyItem(hasItem("TIKTOK")))
                .body("items.id", hasItem(id.toString()))
                .body("items.find { it.id == '" + id + "' }.platforms", contains("TIKTOK", "SNAPCHAT"))
                .body("items.find { it.id == '" + id + "' }.threatTypes", contains("CONTACT_LIST_THREAT"));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "sanad_app", "sanad_app");
    }

    private static void execute(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, values)) {
            statement.executeUpdate();
        }
    }

    /** The first column of the rows {@code sql} selects. */
    private static List<String> column(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, values); ResultSet rows = statement.executeQuery()) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... values) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
