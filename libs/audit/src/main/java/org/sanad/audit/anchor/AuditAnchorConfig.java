package org.sanad.audit.anchor;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Anchoring the audit chain's head outside the database ({@link AuditAnchors}). */
@ConfigMapping(prefix = "sanad.audit.anchor")
public interface AuditAnchorConfig {

    /** {@code s3}, {@code file} or {@code none}; read by the sinks' {@code @LookupIfProperty}, declared here so the key is known. */
    @WithDefault("none")
    String sink();

    /**
     * The HMAC-SHA256 keys anchors are signed with, by key id, each Base64 of at least 32 random
     * bytes, from the service's Secret. An anchor names the key that signed it, so an old key stays
     * here, for checking, after a new one signs.
     */
    Map<String, String> keys();

    /** The key of {@link #keys()} new anchors are signed with. */
    Optional<String> signingKeyId();

    /** The file sink's directory (a volume the database's owners cannot write). */
    Optional<Path> directory();

    /** The s3 sink's bucket (sanad-evidence's, on the object store the evidence uses). */
    S3 s3();

    interface S3 {

        Optional<String> bucket();

        /** Anchors are {@code <prefix>/<service>/<name>}. */
        @WithDefault("audit-anchors")
        String prefix();
    }
}
