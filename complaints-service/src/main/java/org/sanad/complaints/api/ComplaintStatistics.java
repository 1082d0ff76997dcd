package org.sanad.complaints.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplaintStatistics", description = "Counts of complaints submitted in [from, to)")
public record ComplaintStatistics(
        Instant from,
        Instant to,
        long total,
        List<Count> byGovernorate,
        List<Count> byPlatform,
        List<Count> byThreatType,
        @Schema(description = "Keys are months as YYYY-MM (UTC)") List<Count> byMonth) {

    @Schema(name = "Count")
    public record Count(@Schema(example = "IQ-BG") String key, long count) {
    }
}
