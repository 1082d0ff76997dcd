package org.sanad.complaints.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.Priority;

@Schema(name = "ComplaintStatistics", description = "Counts of complaints submitted in [from, to)")
public record ComplaintStatistics(
        Instant from,
        Instant to,
        long total,
        List<Count> byGovernorate,
        List<Count> byPlatform,
        List<Count> byThreatType,
        @Schema(description = "Keys are months as YYYY-MM (UTC)") List<Count> byMonth,
        @Schema(description = "Of the complaints submitted in [from, to), those an intake officer has decided on "
                + "(the first triage decision; a withdrawal by the filer is none)")
        long triaged,
        @Schema(description = "Median minutes from submission to the first triage decision, to a tenth; null when "
                + "none was triaged", example = "42.5")
        @Nullable Double medianMinutesToTriage,
        @Schema(description = "90th percentile (interpolated) of the minutes from submission to the first triage "
                + "decision, to a tenth; null when none was triaged", example = "180.0")
        @Nullable Double p90MinutesToTriage,
        @Schema(description = "The same per priority (the complaint's priority now), CRITICAL first; a priority "
                + "with no triaged complaint is absent")
        List<TriageTimes> triageByPriority) {

    @Schema(name = "Count")
    public record Count(@Schema(example = "IQ-BG") String key, long count) {
    }

    @Schema(name = "TriageTimes", description = "Time to triage of the triaged complaints of one priority")
    public record TriageTimes(Priority priority, long triaged,
            @Schema(example = "12.5") double medianMinutes,
            @Schema(example = "30.0") double p90Minutes) {
    }
}
