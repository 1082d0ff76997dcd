package org.sanad.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.sanad.client.complaints.ApiClient;
import org.sanad.client.complaints.model.ComplaintStatus;
import org.sanad.client.complaints.model.Tracking;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The client reads what a later, compatible version of a service answers: a property it does not
 * know is skipped, an enum value it does not know reads as UNKNOWN_DEFAULT_OPEN_API.
 */
class LaterVersionsTest {

    private static final String TRACKING = """
            {"trackingNumber": "SND-2026-000042", "status": "%s", "pendingQuestion": null,
             "rejectionReason": null, "investigationStatus": null, "history": [], "evidence": [],
             "submittedAt": "2026-12-01T10:15:30Z", "updatedAt": "2026-12-01T10:15:30Z", "version": 3%s}""";

    @Test
    void anAnswerOfThisVersionReadsAsItIs() throws JsonProcessingException {
        Tracking tracking = ApiClient.createDefaultObjectMapper().readValue(TRACKING.formatted("UNDER_REVIEW", ""), Tracking.class);
        assertEquals(ComplaintStatus.UNDER_REVIEW, tracking.getStatus());
        assertEquals(OffsetDateTime.of(2026, 12, 1, 10, 15, 30, 0, ZoneOffset.UTC), tracking.getSubmittedAt());
        assertEquals(3L, tracking.getVersion());
    }

    @Test
    void aPropertyAndAnEnumValueAddedLaterDoNotBreakTheClient() throws JsonProcessingException {
        Tracking tracking = ApiClient.createDefaultObjectMapper().readValue(
                TRACKING.formatted("ON_APPEAL", ", \"appealDeadline\": \"2027-01-01\""), Tracking.class);
        assertEquals(ComplaintStatus.UNKNOWN_DEFAULT_OPEN_API, tracking.getStatus());
        assertEquals("SND-2026-000042", tracking.getTrackingNumber());
    }
}
