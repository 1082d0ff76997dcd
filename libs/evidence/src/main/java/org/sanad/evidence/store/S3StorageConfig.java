package org.sanad.evidence.store;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The S3-compatible object store of {@code sanad.evidence-store.kind=s3}. Credentials come from the
 * AWS default chain (environment, web identity of a Kubernetes service account, instance profile)
 * unless an access key is given here.
 */
@ConfigMapping(prefix = "sanad.evidence-store.s3")
public interface S3StorageConfig {

    /** The bucket; it must exist (versioning and object lock are the operator's choice). */
    Optional<String> bucket();

    /** Key prefix, one per service sharing a bucket: segments are {@code <prefix>/<object id>/<segment>}. */
    @WithDefault("evidence")
    String prefix();

    @WithDefault("us-east-1")
    String region();

    /** For S3-compatible servers other than AWS (Ceph, a local test server). */
    Optional<URI> endpoint();

    /** Path-style addressing ({@code endpoint/bucket/key}), which most S3-compatible servers need. */
    @WithDefault("false")
    boolean pathStyle();

    Optional<String> accessKeyId();

    Optional<String> secretAccessKey();
}
