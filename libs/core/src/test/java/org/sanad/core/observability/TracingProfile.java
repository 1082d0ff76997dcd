package org.sanad.core.observability;

import java.util.List;

import org.sanad.testing.OtlpReceiver;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Traces on, exported over OTLP/HTTP to a collector started for these tests. */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OtlpReceiver.class));
    }
}
