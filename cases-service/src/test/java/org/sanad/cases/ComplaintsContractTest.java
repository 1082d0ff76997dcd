package org.sanad.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sanad.cases.client.CaseUpdate;
import org.sanad.cases.client.ComplaintsHandOffs;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.testing.ContractCheck;

/**
 * The clients of complaints-service speak its committed contract: the hand-off its internal part,
 * the evidence download (officers' too) its public one.
 */
class ComplaintsContractTest {

    @Test
    void caseUpdatesAreWhatComplaintsServiceExpects() throws IOException {
        ContractCheck complaints = ContractCheck.of(Path.of("../complaints-service/src/main/openapi/openapi-internal.yaml"));
        assertEquals("CaseUpdate", complaints.operation("POST", ComplaintsHandOffs.CASE_STATUS.path()));
        complaints.matches("CaseUpdate", CaseUpdate.class);
        assertEquals(complaints.maxItems("CaseUpdate", "complaintIds"), CaseUpdate.MAX_COMPLAINTS);
        for (CaseStatus status : CaseStatus.values()) {
            assertTrue(complaints.enumValues("InvestigationStatus").contains(status.publicStatus()),
                    status + " is announced as a status complaints-service does not know");
        }
        ContractCheck.of(Path.of("../complaints-service/src/main/openapi/openapi-public.yaml"))
                .operation("GET", "/complaints/{id}/evidence/{evidenceId}/content");
    }
}
