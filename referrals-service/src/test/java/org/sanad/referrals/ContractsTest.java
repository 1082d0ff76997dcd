package org.sanad.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanad.referrals.api.VictimIdentity;
import org.sanad.referrals.client.CasesHandOffs;
import org.sanad.referrals.client.ComplaintsClient;
import org.sanad.referrals.client.ReferralBasis;
import org.sanad.referrals.client.ReferralUpdate;
import org.sanad.testing.ContractCheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The clients of cases-service and complaints-service speak their committed contracts. */
class ContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void whatThisServiceReadsFromCasesServiceAndHandsToItIsInItsContract() throws IOException {
        // the referral basis is read as the prosecutor (public); the rest are hand-offs (internal)
        ContractCheck casesPublic = ContractCheck.of(Path.of("../cases-service/src/main/openapi/openapi-public.yaml"));
        casesPublic.operation("GET", "/cases/{id}/referral-basis");
        casesPublic.matches("ReferralBasis", ReferralBasis.class);
        ContractCheck cases = ContractCheck.of(Path.of("../cases-service/src/main/openapi/openapi-internal.yaml"));
        cases.operation("GET", "/court-releases/evidence/{itemId}");
        assertEquals("ReferralUpdate", cases.operation("POST", CasesHandOffs.COURT_PROGRESS.path()));
        cases.matches("ReferralUpdate", ReferralUpdate.class);
        assertEquals(cases.enumValues("CourtStep"),
                Arrays.stream(ReferralUpdate.Step.values()).map(Enum::name).collect(Collectors.toSet()));
        cases.assertAccepts("ReferralUpdate", JSON.valueToTree(new ReferralUpdate(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "REF-2026-000001", 1, "IQ-PMC", "Publishing and Media Court (Baghdad)",
                ReferralUpdate.Step.DECIDED, Instant.now(), "x".repeat(ReferralUpdate.MAX_DETAILS))));
    }

    @Test
    void identityRequestsAreWhatComplaintsServiceExpects() throws IOException {
        ContractCheck complaints = ContractCheck.of(Path.of("../complaints-service/src/main/openapi/openapi-internal.yaml"));
        assertEquals("DisclosureRequest", complaints.operation("POST", "/complaints/{id}/victim-disclosures"));
        complaints.matches("DisclosureRequest", ComplaintsClient.DisclosureRequest.class);
        // the court sees everything complaints-service discloses, under the pseudonym instead of the complaint id
        for (String field : new String[] { "name", "contactPhone", "ageBand", "minor", "gender", "disclosedAt" }) {
            assertTrue(Arrays.stream(VictimIdentity.class.getRecordComponents()).anyMatch(c -> c.getName().equals(field)),
                    field);
        }
    }
}
