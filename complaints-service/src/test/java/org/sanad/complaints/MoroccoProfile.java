package org.sanad.complaints;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The suite configured for Morocco: its twelve regions, its phone numbers, its tracking prefix, its
 * languages (Arabic, French, English) and its currency.
 */
public class MoroccoProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "jurisdiction.code", "MA",
                "jurisdiction.regions", "MA-01,MA-02,MA-03,MA-04,MA-05,MA-06,MA-07,MA-08,MA-09,MA-10,MA-11,MA-12",
                "jurisdiction.phone-region", "MA",
                "jurisdiction.tracking-prefix", "MA",
                "jurisdiction.languages", "ar,fr,en",
                "jurisdiction.currency", "MAD");
    }
}
