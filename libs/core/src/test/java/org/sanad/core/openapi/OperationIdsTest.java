package org.sanad.core.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OperationIdsTest {

    @Test
    void theResourceAndMethodMakeTheName() {
        assertEquals("complaintRead", OperationIds.shorten("ComplaintResource_read"));
        assertEquals("legalHoldPlace", OperationIds.shorten("org.sanad.complaints.rest.LegalHoldResource_place"));
        assertEquals("deadEventsRequeue", OperationIds.shorten("DeadEvents_requeue"));
    }

    @Test
    void anIdNotOfThatFormIsLeftAlone() {
        assertEquals("read", OperationIds.shorten("read"));
        assertEquals("_read", OperationIds.shorten("_read"));
        assertEquals("Resource_", OperationIds.shorten("Resource_"));
    }
}
