package org.sanad.complaints;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Evidence quotas small enough to reach with files of a megabyte (the tests' largest file): 2.5 MiB
 * per complaint, 4 MiB per anonymous source a day, 40 MiB in the whole store; behind a proxy at
 * the tests' own address, so each test is its own source. The deployment's own help lines, one.
 */
public class QuotaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("intake.evidence.max-bytes-per-complaint", "2621440",
                "intake.rate-limits.upload-bytes-per-source", "4194304",
                "sanad.evidence-store.max-stored-bytes", "40M",
                "intake.help-lines", "help-lines/iq-one-line.json",
                "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
    }
}
