package org.sanad.complaints.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An accepted complaint as cases-service's contract ({@code ComplaintDelivery}) expects it; kept
 * in step with that contract by CasesContractTest. The victim's personal data is not in it.
 */
public record CaseDelivery(
        UUID deliveryId,
        UUID complaintId,
        String trackingNumber,
        String governorate,
        String priority,
        int priorityScore,
        boolean minorVictim,
        boolean selfHarmRisk,
        String requestedOfficerGender,
        Set<String> platforms,
        Set<String> threatTypes,
        Set<String> demandTypes,
        BigDecimal moneyAmount,
        String moneyCurrency,
        Instant deadline,
        List<Identifier> identifiers,
        List<EvidenceReference> evidence,
        String targetCaseNumber,
        Instant acceptedAt,
        String acceptedBy) {

    public record Identifier(String type, String value) {
    }

    public record EvidenceReference(UUID evidenceId, String fileName, String contentType, long sizeBytes,
            String sha256) {
    }

    /** The outbox stores the delivery before its event id exists; the id is set when it is sent. */
    public CaseDelivery withDeliveryId(UUID id) {
        return new CaseDelivery(id, complaintId, trackingNumber, governorate, priority, priorityScore, minorVictim,
                selfHarmRisk, requestedOfficerGender, platforms, threatTypes, demandTypes, moneyAmount, moneyCurrency,
                deadline, identifiers, evidence, targetCaseNumber, acceptedAt, acceptedBy);
    }
}
