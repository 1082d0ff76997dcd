package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.jobs.PriorityRefreshJob;

import io.quarkus.narayana.jta.QuarkusTransaction;
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

    @Test
    void nearDeadlinesAreCountedABatchAtATimeAndOnlyOnce() {
        Instant deadline = Instant.now().plus(Duration.ofHours(100));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = complaint("IQ-WA");
            body.put("deadline", deadline.plusSeconds(i).toString());
            ids.add(fileAs("batch-filer-" + i, body));
        }
        Instant near = deadline.minus(Duration.ofHours(47));
        assertTrue(job.refresh(near, 2) >= ids.size());
        String officer = TOKENS.officer("intake-officer", "IQ-WA");
        for (String id : ids) {
            given().auth().oauth2(officer).when().get("/complaints/" + id).then()
                    .body("priority", equalTo("HIGH")).body("priorityScore", equalTo(40));
        }
        // a counted deadline is never read again: the next run finds nothing to do
        assertEquals(0, job.refresh(near, 2));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> Complaint.count(
                "status in ?1 and deadline < ?2 and deadlineCounted = false", ComplaintStatus.OPEN,
                near.plus(Duration.ofHours(48)))));
    }
}
