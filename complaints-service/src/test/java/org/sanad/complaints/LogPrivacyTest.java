package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.triage;
import static org.sanad.complaints.Fixtures.victimOf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;
import org.sanad.handoff.OutboxRelay;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A whole intake, signed-in and anonymous, with everything logged down to DEBUG: no log line
 * carries the victim's name, phone (nor a search by it), narrative, a supplement, a tracking number or its secret.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class LogPrivacyTest {

    private static final String GOVERNORATE = "IQ-KA";

    @Inject
    OutboxRelay relay;

    /** Every record the service logs, formatted as a log file would hold it (exception and its causes too). */
    private static final class Capture extends Handler {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final ExtFormatter formatter = new PatternFormatter("%p %c %s%e%n");

        @Override
        public void publish(LogRecord record) {
            // the test's own HTTP client logs what it sends; only the service's lines count
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            if (!logger.startsWith("org.apache.http") && !logger.startsWith("io.restassured")) {
                lines.add(formatter.format(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aWholeIntakeLogsNothingOfTheVictimNorAnyTrackingNumber() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "سارة-" + marker;
        String phone = "0771 " + (1000000 + Math.abs(marker.hashCode() % 8999999));
        String narrative = "هددني-" + marker + " بنشر الصور";
        String supplement = "رقم-جديد-" + marker;
        Capture capture = new Capture();
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.addHandler(capture);
        // DEBUG and above; TRACE is where Hibernate binds parameter values, a tool an operator turns on knowingly
        root.setLevel(Level.FINE);
        List<String> secrets;
        try {
            secrets = intake(name, phone, narrative, supplement);
        } finally {
            root.removeHandler(capture);
            root.setLevel(level);
        }
        String phoneDigits = phone.replace(" ", "").substring(1);
        List<String> forbidden = new java.util.ArrayList<>(List.of(name, marker, phoneDigits, "سارة"));
        forbidden.addAll(secrets);
        assertTrue(capture.lines.size() > 0, "the capture saw the service's log");
        for (String line : capture.lines) {
            for (String value : forbidden) {
                assertTrue(!line.contains(value), "a log line carries " + value + ": " + line);
            }
        }
    }

    /** Files signed in and anonymously, supplements, triages, uploads, downloads; answers the anonymous filer's secrets. */
    private List<String> intake(String name, String phone, String narrative, String supplement) {
        Map<String, Object> body = complaint(GOVERNORATE);
        victimOf(body).put("name", name);
        victimOf(body).put("contactPhone", phone);
        body.put("narrative", narrative);
        String filer = "log-victim";
        String citizen = TOKENS.citizen(filer);
        String id = given().auth().oauth2(citizen).contentType(ContentType.JSON).body(body).when().post("/complaints")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(citizen).contentType(ContentType.JSON).header("If-Match", etagOf(citizen, id))
                .body(Map.of("text", supplement)).when().post("/complaints/" + id + "/supplements").then().statusCode(200);
        given().auth().oauth2(citizen).contentType("text/plain").queryParam("fileName", "threat.txt")
                .body(narrative.getBytes(StandardCharsets.UTF_8)).when().post("/complaints/" + id + "/evidence").then()
                .statusCode(201);
        String officer = TOKENS.officer("intake-officer", GOVERNORATE);
        triage(officer, id, etagOf(officer, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(officer, id, etagOf(officer, id), Map.of("outcome", "ACCEPTED")).statusCode(200);
        given().auth().oauth2(TOKENS.officer("investigator", GOVERNORATE)).when().get("/complaints/" + id).then().statusCode(200);
        // searches by the victim's phone: in the body, in the deprecated query, refused, and not a phone
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("victimPhone", phone)).when()
                .post("/complaints/searches").then().statusCode(200);
        given().auth().oauth2(officer).queryParam("victimPhone", phone).when().get("/complaints").then().statusCode(200);
        given().auth().oauth2(TOKENS.officer("intake-officer", "IQ-BG")).contentType(ContentType.JSON)
                .body(Map.of("victimPhone", phone, "governorate", GOVERNORATE)).when().post("/complaints/searches").then()
                .statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("victimPhone", phone + " ext")).when()
                .post("/complaints/searches").then().statusCode(400);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"victimPhone\":\"" + phone + "\",").when()
                .post("/complaints/searches").then().statusCode(400);
        // a refused read and a malformed body are logged as refusals, without what they carried
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BG")).when().get("/complaints/" + id).then().statusCode(403);
        given().auth().oauth2(citizen).contentType(ContentType.JSON).body("{\"narrative\":\"" + narrative + "\",").when()
                .post("/complaints").then().statusCode(400);

        JsonPath anonymous = given().contentType(ContentType.JSON).body(body).when().post("/anonymous-complaints").then()
                .statusCode(201).extract().jsonPath();
        String number = anonymous.getString("trackingNumber");
        String secret = anonymous.getString("secret");
        String trackingEtag = given().header("X-Tracking-Secret", secret).when().get("/tracking/" + number).then()
                .statusCode(200).extract().header("ETag");
        given().header("X-Tracking-Secret", "WRONG" + secret.substring(5)).when().get("/tracking/" + number).then()
                .statusCode(404);
        given().header("X-Tracking-Secret", secret).header("If-Match", trackingEtag).contentType(ContentType.JSON)
                .body(Map.of("text", supplement)).when().post("/tracking/" + number + "/supplements").then().statusCode(200);
        // the victim's phone as the anonymous filer's SMS contact, refused in a bad spelling, and a text sent to it
        given().header("X-Tracking-Secret", secret).contentType(ContentType.JSON)
                .body(Map.of("channel", "SMS", "language", "ar", "phone", phone)).when()
                .put("/tracking/" + number + "/notification-choice").then().statusCode(200);
        given().header("X-Tracking-Secret", secret).contentType(ContentType.JSON)
                .body(Map.of("channel", "SMS", "language", "ar", "phone", phone + " ext")).when()
                .put("/tracking/" + number + "/notification-choice").then().statusCode(400);
        given().header("X-Tracking-Secret", secret).when().get("/tracking/" + number + "/notification-choice").then()
                .statusCode(200);
        relay.relayDue();
        return List.of(number, secret, number.substring(8));
    }
}
