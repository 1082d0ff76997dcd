package org.sanad.referrals.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * cases-service's {@code ReferralBasis} (its committed contract, checked by CasesContractTest):
 * the part of a case a referral is built from, read with the prosecutor's own token.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralBasis(UUID caseId, String caseNumber, String governorate, String status,
        List<Suspect> suspects, List<Item> evidence, List<UUID> complaintIds) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Suspect(UUID id, String displayName, List<String> aliases, List<Arrest> arrests) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Arrest(Instant at, String place, String unit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID id, String kind, String description, String contentType, Long sizeBytes,
            String sha256, Instant registeredAt, Custody custody) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Custody(int entries, int hashChecks, boolean allChecksMatched, String lastAction, Instant lastAt) {
    }
}
