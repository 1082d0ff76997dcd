package org.sanad.cases.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sanad.handoff.HandOffMessage;

/**
 * What complaints-service is told when a case moves: the public status only, never operational
 * detail, and whether a supervisor holds the case's evidence past its retention. complaints-service's contract names it {@code CaseUpdate} too (checked by
 * ComplaintsContractTest).
 */
public record CaseUpdate(UUID deliveryId, UUID caseId, String caseNumber, List<UUID> complaintIds, String investigationStatus,
        Instant changedAt, boolean evidenceHeld) implements HandOffMessage {

    /** complaints-service takes at most this many complaint ids per announcement (its contract's maxItems). */
    public static final int MAX_COMPLAINTS = 1000;
}
