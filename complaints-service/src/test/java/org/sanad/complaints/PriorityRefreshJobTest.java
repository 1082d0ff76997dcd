package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.service.PriorityRefreshJob;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class PriorityRefreshJobTest {

    @Inject
    PriorityRefreshJob job;

    @Test
    void aDeadlineThatComesNearRaisesThePriority() {
        Map<String, Object> body = complaint("IQ-WA");
        Instant deadline = Instant.now().plus(Duration.ofHours(72));
        body.put("deadline", deadline.toString());
        String id = fileAs("refresh-filer", body);
        String officer = TOKENS.officer("intake-officer", "IQ-WA");
        given().auth().oauth2(officer).when().get("/complaints/" + id).then()
                .body("priority", equalTo("MEDIUM")).body("priorityScore", equalTo(10));

        job.refresh(deadline.minus(Duration.ofHours(49)));
        given().auth().oauth2(officer).when().get("/complaints/" + id).then().body("priorityScore", equalTo(10));

        job.refresh(deadline.minus(Duration.ofHours(47)));
        given().auth().oauth2(officer).when().get("/complaints/" + id).then()
                .body("priority", equalTo("HIGH")).body("priorityScore", equalTo(40))
                .header("ETag", "\"1\"");
    }
}
