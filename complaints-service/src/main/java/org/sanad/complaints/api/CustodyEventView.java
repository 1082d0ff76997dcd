package org.sanad.complaints.api;

import java.time.Instant;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.CustodyAction;

@Schema(name = "CustodyEvent")
public record CustodyEventView(CustodyAction action, Instant occurredAt,
        @Schema(example = "officer-ahmed") String actorSubject,
        @Schema(description = "The actor's roles, comma-separated", example = "intake-officer") String actorRoles,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(example = "نسخة سلمت إلى المحقق") @Nullable String note) {
}
