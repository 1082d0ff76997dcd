package org.sanad.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Suspect")
public record SuspectView(UUID id, @Schema(example = "مجهول يستخدم الاسم الوردة السوداء") String displayName,
        @Schema(example = "[\"الوردة السوداء\"]") List<String> aliases,
        @Schema(example = "يستخدم رقمين من زين وآسياسيل") @Nullable String notes,
        List<IdentifierView> identifiers, Instant createdAt) {
}
