package org.sanad.complaints.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sanad.testing.ContractCheck;

/** The hand-off client speaks cases-service's committed contract: its internal part, where hand-offs are. */
class CasesContractTest {

    @Test
    void theDeliveryIsWhatCasesServiceExpects() throws IOException {
        ContractCheck cases = ContractCheck.of(Path.of("../cases-service/src/main/openapi/openapi-internal.yaml"));
        assertEquals("ComplaintDelivery", cases.operation("POST", CasesHandOffs.COMPLAINT_ACCEPTED.path()));
        assertEquals("ComplaintDelivery", cases.operation("POST", CasesHandOffs.COMPLAINT_UPDATED.path()));
        cases.matches("ComplaintDelivery", ComplaintDelivery.class);
        assertEquals(cases.maxItems("ComplaintDelivery", "identifiers"), ComplaintDelivery.MAX_IDENTIFIERS);
        assertEquals(cases.maxItems("ComplaintDelivery", "evidence"), ComplaintDelivery.MAX_EVIDENCE);
    }
}
