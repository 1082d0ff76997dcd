package org.sanad.cases.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CaseStatistics", description = "Cases opened and arrests made in [from, to)")
public record CaseStatistics(
        Instant from,
        Instant to,
        @Schema(description = "Cases opened in the range") long opened,
        @Schema(description = "Keys are months as YYYY-MM (UTC)") List<Count> openedByMonth,
        List<Count> openedByGovernorate,
        @Schema(description = "The cases opened in the range by the status they have now") List<Count> openedByStatus,
        @Schema(description = "Arrests (ARREST actions) that took place in the range, whenever their case was opened") long arrests,
        @Schema(description = "Keys are months as YYYY-MM (UTC)") List<Count> arrestsByMonth,
        List<Count> arrestsByGovernorate,
        @Schema(description = "Of the cases opened in the range that have an arrest: the median number of days "
                + "from opening to the first arrest, to one decimal; null when none has", example = "12.5")
        @Nullable Double medianDaysToFirstArrest) {

    @Schema(name = "Count")
    public record Count(@Schema(example = "IQ-BG") String key, long count) {
    }
}
