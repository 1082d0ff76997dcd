package org.sanad.evidence.store;

import java.util.List;

import org.sanad.testing.S3MockServer;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Evidence segments in an S3-compatible object store: S3Mock, started for these tests. */
public class S3StorageProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3MockServer.class));
    }
}
