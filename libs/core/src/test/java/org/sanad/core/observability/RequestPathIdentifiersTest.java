package org.sanad.core.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestPathIdentifiersTest {

    @Test
    void identifiersInARawPathBecomeTheirPlaceholder() {
        assertEquals("/complaints/{id}/withdrawal", RequestPathIdentifiers.templated("/complaints/fb85e8c2-9d8d-48ea-bbda-8bfafd98daa2/withdrawal"));
        assertEquals("/tracking/{id}/notification-choice", RequestPathIdentifiers.templated("/tracking/IQ-2026-8YHH-QMAM/notification-choice"));
        assertEquals("/referrals/{id}/versions/{id}", RequestPathIdentifiers.templated("/referrals/3f0e1b2c-0000-4000-8000-000000000001/versions/2"));
        assertEquals("/court/evidence/{id}", RequestPathIdentifiers.templated("/court/evidence/qwertyuiopasdfghjklzxcvbnmQWE"));
    }

    @Test
    void templatesAndFixedSegmentsStayAsTheyAre() {
        for (String uri : new String[] { "/complaints/{id}", "/complaints", "/statistics/complaints", "/court/feed", "/",
                "/anonymous-complaints", "/complaints/{id}/victim-disclosures", "NOT_FOUND", "root" }) {
            assertEquals(uri, RequestPathIdentifiers.templated(uri));
        }
    }
}
