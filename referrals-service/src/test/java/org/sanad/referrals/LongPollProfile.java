package org.sanad.referrals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A pool of three connections and room for five waiting polls: more polls wait than there are connections. */
public class LongPollProfile implements QuarkusTestProfile {

    static final int POOL = 3;
    static final int MAX_WAITERS = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.max-size", String.valueOf(POOL),
                "referrals.feed.max-waiters", String.valueOf(MAX_WAITERS));
    }
}
