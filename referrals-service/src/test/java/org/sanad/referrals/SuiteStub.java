package org.sanad.referrals;

import java.util.HashMap;
import java.util.Map;

import org.sanad.testing.ServiceStub;

/** cases-service and complaints-service at their HTTP edge: one stub serves both (their paths do not overlap). */
public class SuiteStub extends ServiceStub {

    @Override
    protected String restClientKey() {
        return "cases-service";
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.rest-client.complaints-service.url", config.get("quarkus.rest-client.cases-service.url"));
        return config;
    }
}
