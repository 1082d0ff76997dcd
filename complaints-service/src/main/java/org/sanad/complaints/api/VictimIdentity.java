package org.sanad.complaints.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.AgeBand;
import org.sanad.complaints.domain.Gender;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "VictimIdentity", description = "A victim's identity, disclosed to a court (recorded and audited)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VictimIdentity(UUID complaintId, @Schema(example = "زينب علي") @Nullable String name,
        @Schema(description = "E.164", example = "+9647701234567") @Nullable String contactPhone,
        @Schema(example = "FROM_18_TO_24") AgeBand ageBand, boolean minor,
        Gender gender, Instant disclosedAt) {
}
