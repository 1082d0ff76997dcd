package org.sanad.complaints;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A pool of two connections: two requests that each need a second connection while holding
 * their first wait on each other until the acquisition timeout.
 */
public class SmallPoolProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.min-size", "0",
                "quarkus.datasource.jdbc.acquisition-timeout", "2S");
    }
}
