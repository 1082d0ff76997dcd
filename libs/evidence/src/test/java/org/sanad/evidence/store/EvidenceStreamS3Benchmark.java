package org.sanad.evidence.store;

import java.util.List;

import org.sanad.testing.S3MockServer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** {@link EvidenceStreamBenchmark} with the segments in S3Mock (bench/evidence.sh MiB heap s3). */
@QuarkusTest
@TestProfile(EvidenceStreamS3Benchmark.LargeEvidenceInS3.class)
@WithTestResource(OidcWiremockTestResource.class)
class EvidenceStreamS3Benchmark extends EvidenceStreamBenchmark {

    public static class LargeEvidenceInS3 extends EvidenceStreamBenchmark.LargeEvidence {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3MockServer.class));
        }
    }
}
