package org.sanad.complaints;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Anonymous routes limited to a handful of requests, to see the limits hold; behind a proxy at
 * 127.0.0.1 (the tests' own address), so each test names its own client in X-Forwarded-For and
 * another local address (127.0.0.2) is a peer that is not a proxy.
 */
public class TightLimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("intake.rate-limits.filing-per-source", "2", "intake.rate-limits.filing-global", "100",
                "intake.rate-limits.tracking-per-source", "3", "intake.rate-limits.tracking-global", "100",
                "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
    }
}
