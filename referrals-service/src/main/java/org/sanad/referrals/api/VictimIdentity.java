package org.sanad.referrals.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** complaints-service's {@code VictimIdentity}, passed on to the court under the pseudonym it asked about; never stored. */
@Schema(name = "VictimIdentity")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VictimIdentity(String pseudonym, String name, String contactPhone, String ageBand, Boolean minor,
        String gender, Instant disclosedAt) {

    public VictimIdentity as(String pseudonymShown) {
        return new VictimIdentity(pseudonymShown, name, contactPhone, ageBand, minor, gender, disclosedAt);
    }
}
