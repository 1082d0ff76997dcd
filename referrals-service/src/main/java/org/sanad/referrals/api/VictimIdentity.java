package org.sanad.referrals.api;

import java.time.Instant;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** complaints-service's {@code VictimIdentity}, passed on to the court under the pseudonym it asked about; never stored. */
@Schema(name = "VictimIdentity")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VictimIdentity(@Schema(example = "VICTIM-1") String pseudonym, @Schema(example = "زينب علي") @Nullable String name,
        @Schema(description = "E.164", example = "+9647701234567") @Nullable String contactPhone,
        @Schema(example = "FROM_18_TO_24") @Nullable String ageBand, @Nullable Boolean minor,
        @Schema(example = "FEMALE") @Nullable String gender, Instant disclosedAt) {

    public VictimIdentity as(String pseudonymShown) {
        return new VictimIdentity(pseudonymShown, name, contactPhone, ageBand, minor, gender, disclosedAt);
    }
}
