package org.sanad.referrals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A prosecutor approves every identity request first, and a court may make three a day. */
public class IdentityApprovalProfile implements QuarkusTestProfile {

    static final int PER_COURT_PER_DAY = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("referrals.identity-requests.prosecutor-approval", "true",
                "referrals.identity-requests.per-court-per-day", String.valueOf(PER_COURT_PER_DAY));
    }
}
