package org.sanad.cases.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewSuspect")
public record SuspectInput(
        @Schema(example = "مجهول يستخدم الاسم الوردة السوداء") @NotBlank @Size(max = 200) String displayName,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> aliases,
        @Size(max = 4000) String notes,
        @Size(max = 50) List<@NotNull @Valid IdentifierInput> identifiers) {
}
