package org.sanad.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.client.CaseDelivery;
import org.sanad.complaints.client.DeliveryReceipt;
import org.sanad.testing.ContractCheck;

/** The hand-off client speaks cases-service's committed contract. */
class CasesContractTest {

    @Test
    void theDeliveryIsWhatCasesServiceExpects() throws IOException {
        ContractCheck cases = ContractCheck.of(Path.of("../cases-service/src/main/openapi/openapi.yaml"));
        assertEquals("ComplaintDelivery", cases.operation("POST", "/complaint-deliveries"));
        cases.matches("ComplaintDelivery", CaseDelivery.class);
        cases.matches("DeliveryReceipt", DeliveryReceipt.class);
    }
}
