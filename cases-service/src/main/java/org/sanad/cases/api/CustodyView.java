package org.sanad.cases.api;

import java.time.Instant;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.CustodyAction;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "CustodyEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustodyView(CustodyAction action, Instant occurredAt, @Schema(example = "officer-ahmed") String actorSubject,
        @Schema(description = "The actor's roles, comma-separated", example = "investigator") String actorRoles,
        @Schema(example = "خزانة الأدلة، مديرية بغداد") @Nullable String location, boolean hashChecked,
        @Nullable Boolean hashMatched, @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") @Nullable String observedSha256,
        @Schema(example = "سلمت إلى المختبر الجنائي") @Nullable String note) {
}
