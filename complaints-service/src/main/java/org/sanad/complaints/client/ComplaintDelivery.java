package org.sanad.complaints.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sanad.handoff.HandOffMessage;

/**
 * An accepted complaint as cases-service's contract ({@code ComplaintDelivery}) expects it; kept
 * in step with that contract by CasesContractTest. The victim's personal data is not in it.
 */
public record ComplaintDelivery(
        UUID deliveryId,
        UUID complaintId,
        String trackingNumber,
        String governorate,
        String priority,
        int priorityScore,
        VictimFacts victim,
        boolean selfHarmRisk,
        String requestedOfficerGender,
        Set<String> platforms,
        Set<String> threatTypes,
        Set<String> demandTypes,
        Money money,
        Instant deadline,
        List<Identifier> identifiers,
        List<EvidenceReference> evidence,
        String targetCaseNumber,
        Instant acceptedAt,
        String acceptedBy) implements HandOffMessage {

    /** cases-service takes at most this many identifiers per complaint (its contract's maxItems). */
    public static final int MAX_IDENTIFIERS = 100;

    /** cases-service takes at most this many evidence references per complaint. */
    public static final int MAX_EVIDENCE = 200;

    public record VictimFacts(boolean minor) {
    }

    public record Money(BigDecimal amount, String currency) {
    }

    public record Identifier(String type, String value) {
    }

    public record EvidenceReference(UUID evidenceId, String fileName, String contentType, long sizeBytes,
            String sha256) {
    }
}
