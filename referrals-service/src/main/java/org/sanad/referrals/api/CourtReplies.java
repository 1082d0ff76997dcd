package org.sanad.referrals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.validation.Within;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a court system sends back (ECF: a receipt at once, the review outcome later; then hearings
 * and the decision). Each names the version it answers; the same records are shown back in the
 * referral's progress.
 */
public final class CourtReplies {

    private CourtReplies() {
    }

    @Schema(name = "Receipt", description = "The court acknowledges a submitted version")
    public record Receipt(@Positive int version) {
    }

    public enum ReviewOutcome {
        ACCEPTED, PARTIALLY_ACCEPTED, RETURNED
    }

    @Schema(name = "Review", description = "The court's review of a received version")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Review(@Positive int version, @NotNull ReviewOutcome outcome,
            @Schema(description = "Required unless ACCEPTED: what must change, per item")
            @Size(max = 100) List<@NotNull @Valid Reason> reasons) {
    }

    @Schema(name = "ReviewReason")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reason(
            @Schema(description = "What the reason is about: `summary`, `defendant:<suspectId>`, `evidence:<itemId>`, `charge:<statute>`")
            @Size(max = 100) String item,
            @Schema(example = "يجب إرفاق تقرير الخبير الفني عن الهاتف") @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "Hearing", description = "A hearing the court scheduled")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hearing(@Positive int version, @Schema(description = "Within a year before and five years after now; RFC 3339, in UTC or at the court's offset",
            example = "2027-01-12T06:30:00Z") @NotNull @Within(daysBefore = 366, daysAfter = 1827) Instant scheduledFor,
            @Schema(example = "الهيئة الثانية") @NotBlank @Size(max = 200) String chamber,
            @Size(max = 2000) String note) {
    }

    public enum VerdictOutcome {
        CONVICTED, ACQUITTED, DISMISSED
    }

    @Schema(name = "Decision", description = "The court's decision: a verdict per defendant and charge")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(@Positive int version, @Schema(description = "In the last year, not in the future") @NotNull @Within(daysBefore = 366, daysAfter = 0) LocalDate decidedOn,
            @NotEmpty @Size(max = 1000) List<@NotNull @Valid Verdict> verdicts, @Size(max = 4000) String note) {
    }

    @Schema(name = "Verdict")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verdict(@NotNull UUID suspectId, @Schema(example = "IQ-PC-430") @NotBlank @Size(max = 40) String statuteCode,
            @NotNull VerdictOutcome outcome, @Schema(description = "The sentence, for a conviction") @Size(max = 1000) String sentence) {
    }

    /** The review as recorded: what the court sent and when it arrived. */
    @Schema(name = "RecordedReview")
    public record RecordedReview(Instant at, Review reply) {
    }

    @Schema(name = "RecordedHearing")
    public record RecordedHearing(Instant at, Hearing reply,
            @Schema(description = "The court's time zone (IANA), as the catalogue gives it", example = "Asia/Baghdad") String timeZone,
            @Schema(description = "The hearing's time in the court's zone, with its offset: the same moment as `reply.scheduledFor`",
                    example = "2027-01-12T09:30:00+03:00") OffsetDateTime courtTime) {

        public static RecordedHearing inZone(Instant at, Hearing reply, ZoneId zone) {
            return new RecordedHearing(at, reply, zone.getId(), reply.scheduledFor().atZone(zone).toOffsetDateTime());
        }
    }

    @Schema(name = "RecordedDecision")
    public record RecordedDecision(Instant at, Decision reply) {
    }
}
