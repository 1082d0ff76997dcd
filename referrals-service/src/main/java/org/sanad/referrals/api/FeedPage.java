package org.sanad.referrals.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Schema(name = "FeedPage", description = "A court's changes, oldest first")
public record FeedPage(List<Entry> items,
        @Schema(description = "Pass as `after` for the next pull; present even on the last page, so a court polls with it. "
                + "The same as the last entry's `position` when the page has entries",
                example = "eyJjIjoiSVEtUE1DIiwicCI6NDJ9") String next,
        @Schema(description = "Whether more entries wait after this page") boolean hasMore) {

    @Schema(name = "FeedEntry")
    public record Entry(
            @Schema(description = "This entry's place in the feed, opaque: a court that has processed this entry (and "
                    + "every one before it) stores it and resumes with `after=<position>`, which answers exactly the "
                    + "entries after this one", example = "SVEtUE1DfDQy") String position,
            @Schema(description = "What changed: SUBMITTED, RECEIVED, ACCEPTED, RETURNED, HEARING_SCHEDULED, DECIDED, CLOSED",
                    example = "SUBMITTED") String change,
            Instant recordedAt,
            @Schema(description = "The referral's current version as it stood after the change", implementation = ReferralView.class)
            @JsonRawValue String referral) {
    }

    /** No entry after the cursor: the page a poll answers when nothing came. */
    public static FeedPage empty(String cursor) {
        return new FeedPage(List.of(), cursor, false);
    }
}
