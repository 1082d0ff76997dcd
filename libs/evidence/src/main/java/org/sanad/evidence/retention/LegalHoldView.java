package org.sanad.evidence.retention;

import java.time.Instant;


import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegalHold", description = "A legal hold: the evidence is kept past its retention period while it is set")
public record LegalHoldView(@Schema(example = "قرار قاضي التحقيق بحفظ الأدلة") String reason,
        @Schema(example = "supervisor-huda") String placedBy, Instant placedAt) {

    /** The hold as shown, or null when none is set. */
    public static LegalHoldView of(LegalHold hold) {
        return hold == null || !hold.isSet() ? null : new LegalHoldView(hold.reason, hold.placedBy, hold.placedAt);
    }
}
