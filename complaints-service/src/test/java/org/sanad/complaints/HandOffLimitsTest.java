package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.sanad.handoff.OutboxEvent;
import org.sanad.complaints.client.ComplaintDelivery;
import org.sanad.testing.ContractCheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * complaints-service never builds a hand-off cases-service would refuse: a complaint filled to
 * every limit is still accepted by cases-service's committed contract, and one past a limit is
 * refused here, to its filer, rather than parked later.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class HandOffLimitsTest {

    private static final String GOVERNORATE = "IQ-KA";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    private static List<Map<String, Object>> handles(String prefix, int count) {
        List<Map<String, Object>> identifiers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String tail = prefix + i;
            identifiers.add(Map.of("type", "ACCOUNT_HANDLE", "value", "h".repeat(500 - tail.length()) + tail));
        }
        return identifiers;
    }

    @Test
    void aComplaintAtEveryLimitIsAHandOffCasesServiceAccepts() throws IOException {
        String subject = "limits-victim";
        String filer = TOKENS.citizen(subject);
        Map<String, Object> full = complaint(GOVERNORATE);
        full.put("identifiers", handles("a", 50));
        String id = fileAs(subject, full);
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, id)).contentType(ContentType.JSON)
                .body(Map.of("identifiers", handles("b", ComplaintDelivery.MAX_IDENTIFIERS - 50)))
                .when().post("/complaints/" + id + "/supplements").then().statusCode(200);
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, id)).contentType(ContentType.JSON)
                .body(Map.of("identifiers", handles("c", 1)))
                .when().post("/complaints/" + id + "/supplements").then().statusCode(409)
                .body("type", equalTo("urn:sanad:problem:limit-reached"));

        String longName = "f".repeat(251) + ".txt";
        for (int i = 0; i < ComplaintDelivery.MAX_EVIDENCE; i++) {
            given().auth().oauth2(filer).contentType("text/plain").queryParam("fileName", i + longName.substring(3))
                    .body("threat " + i).when().post("/complaints/" + id + "/evidence").then().statusCode(201);
        }
        given().auth().oauth2(filer).contentType("text/plain").queryParam("fileName", "one-more.txt").body("x")
                .when().post("/complaints/" + id + "/evidence").then().statusCode(409)
                .body("type", equalTo("urn:sanad:problem:limit-reached"));

        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "ACCEPTED", "intoCase", "KA-2026-00001"))
                .statusCode(200);

        String payload = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> find(
                "aggregateId = ?1 and type = 'complaint-accepted'", id).firstResult().payload);
        ContractCheck cases = ContractCheck.of(Path.of("../cases-service/src/main/openapi/openapi-internal.yaml"));
        ObjectNode delivery = (ObjectNode) new ObjectMapper().readTree(payload);
        cases.assertAccepts("ComplaintDelivery", delivery);

        // and the check itself would notice one identifier more than cases-service takes
        ((ArrayNode) delivery.get("identifiers")).add(delivery.get("identifiers").get(0));
        assertThrows(AssertionFailedError.class, () -> cases.assertAccepts("ComplaintDelivery", delivery));
    }
}
