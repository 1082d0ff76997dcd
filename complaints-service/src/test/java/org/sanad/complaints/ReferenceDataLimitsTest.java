package org.sanad.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The reference data reads the evidence quotas and help lines QuotaProfile configures, and its ETag is that content's. */
@QuarkusTest
@TestProfile(QuotaProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class ReferenceDataLimitsTest {

    @Test
    void theEvidenceQuotasOfTheDocumentAreTheConfiguredOnes() throws IOException {
        JsonNode evidence = ReferenceDocuments.read().path("evidence");

        // QuotaProfile's intake.evidence.max-bytes-per-complaint and intake.rate-limits.upload-bytes-per-source
        assertEquals(2621440L, evidence.path("maxBytesPerComplaint").asLong());
        assertEquals(4194304L, evidence.path("anonymousBytesPerSource").asLong());
        assertEquals(1048576L, evidence.path("maxFileBytes").asLong());
    }

    @Test
    void theHelpLinesAreTheDeploymentsOwnFile() throws IOException {
        JsonNode lines = ReferenceDocuments.read().path("helpLines");

        assertEquals(1, lines.size());
        assertEquals("497", lines.get(0).path("number").asText());
        assertEquals(true, lines.get(0).path("forSelfHarm").asBoolean());
        assertEquals(Map.of("ar", "على مدار الساعة", "ckb", "شەو و ڕۆژ", "en", "Day and night"),
                ReferenceDocuments.texts(lines.get(0).path("hours")));
    }
}
