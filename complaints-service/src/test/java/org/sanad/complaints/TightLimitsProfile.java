package org.sanad.complaints;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Anonymous routes limited to a handful of requests, to see the limits hold. */
public class TightLimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("intake.rate-limits.filing-per-source", "2", "intake.rate-limits.filing-global", "100",
                "intake.rate-limits.tracking-per-source", "3", "intake.rate-limits.tracking-global", "100");
    }
}
