package org.sanad.referrals.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralStatistics", description = "Referrals submitted, returned and decided in [from, to)")
public record ReferralStatistics(
        Instant from,
        Instant to,
        @Schema(description = "Referrals first submitted to a court in the range (a resubmission after a return is the same referral)")
        long submitted,
        @Schema(description = "Keys are months as YYYY-MM (UTC)") List<Count> submittedByMonth,
        List<Count> submittedByGovernorate,
        @Schema(description = "By the court the referral is at now (keys are the catalogue's court codes)", example = "[{\"key\": \"IQ-BG-INV\", \"count\": 3}]")
        List<Count> submittedByCourt,
        @Schema(description = "The referrals submitted in the range by the status they have now") List<Count> submittedByStatus,
        @Schema(description = "Court reviews in the range that returned a referral to its prosecutor") long returned,
        @Schema(description = "Court decisions recorded in the range") long decisions,
        @Schema(description = "The verdicts of those decisions (one per defendant and charge) by outcome: CONVICTED, ACQUITTED, DISMISSED")
        List<Count> verdictsByOutcome) {

    @Schema(name = "Count")
    public record Count(@Schema(example = "IQ-BG") String key, long count) {
    }
}
