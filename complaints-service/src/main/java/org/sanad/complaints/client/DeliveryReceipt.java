package org.sanad.complaints.client;

import java.util.UUID;

/** cases-service's answer to a delivery ({@code DeliveryReceipt} in its contract). */
public record DeliveryReceipt(UUID caseId, String caseNumber, boolean alreadyApplied) {
}
