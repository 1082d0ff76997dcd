package org.sanad.evidence.store;

import java.util.List;
import java.util.Map;

import org.sanad.testing.S3MockServer;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Evidence segments, and the audit chain's anchors, in an S3-compatible object store: S3Mock, started for these tests. */
public class S3StorageProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("sanad.audit.anchor.sink", "s3",
                "sanad.audit.anchor.s3.bucket", S3MockServer.BUCKET,
                "sanad.audit.anchor.signing-key-id", "2026-12",
                "sanad.audit.anchor.keys.\"2026-12\"", "c2FuYWQtYXVkaXQtYW5jaG9yLXRlc3Qta2V5LTMyLWJ5dGVzIQ==");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(S3MockServer.class));
    }
}
