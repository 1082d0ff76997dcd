package org.sanad.complaints.api;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.ThreatType;

/**
 * The intake queue's filters, sent in a body rather than a URL: a victim's phone must not land in
 * the access logs of every proxy on the way. Every field may be left out; the filters are those of
 * the queue's query parameters, with the same meaning.
 */
@Schema(name = "QueueSearch")
public record QueueSearch(
        @Schema(description = "The governorate; officers default to their own, national officers must name one")
        @Size(max = 16) String governorate,
        @Schema(description = "Statuses; without them the open complaints, or with victimPhone every complaint of that phone")
        @Size(max = 20) Set<@NotNull ComplaintStatus> statuses,
        Priority priority,
        Platform platform,
        ThreatType threatType,
        @Schema(description = "Only the complaints whose victim is (or is not) a minor") Boolean minorVictim,
        @Schema(description = "Only the complaints whose victim is (or is not) at risk of self-harm") Boolean selfHarmRisk,
        @Schema(description = "The victim's contact phone, in any usual spelling: finds a victim who calls without "
                + "their tracking number (the search is audited, by the phone's blind index)")
        @Size(max = 32) String victimPhone,
        @Schema(description = "A complaint's tracking number (letter case aside): finds the complaint a filer or a "
                + "colleague names, whatever its status", examples = "IQ-2026-7K3Q-9MZD")
        @Size(max = 32) String trackingNumber,
        @Schema(description = "The `next` cursor of the previous page") @Size(max = 200) String after,
        @Schema(description = "The page's size, 50 when left out", minimum = "1", maximum = "200", defaultValue = "50")
        @Min(1) @Max(200) Integer limit) {

    public static final int DEFAULT_LIMIT = 50;

    public int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
