package org.sanad.cases.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What complaints-service is told when a case moves: the public status only, never operational
 * detail. Written to complaints-service's contract (checked by CaseUpdateContractTest).
 */
public record CaseUpdate(UUID deliveryId, String caseNumber, List<UUID> complaintIds, String investigationStatus,
        Instant changedAt) {

    public CaseUpdate withDeliveryId(UUID id) {
        return new CaseUpdate(id, caseNumber, complaintIds, investigationStatus, changedAt);
    }
}
