package org.sanad.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.sanad.core.hashing.Sha256;

/**
 * A request made with an Idempotency-Key: whose key it is ({@code scope}), the key, and what the
 * request asked (method, path, the SHA-256 of its body). Neither the key nor the request is kept:
 * only their digests.
 *
 * @param scope the caller's scope ({@link Idempotent.Scope}) written as {@code subject:…},
 *        {@code client:…} or {@code route:…}
 */
public record IdempotentRequest(String scope, String key, String method, String path, byte[] bodySha256) {

    /** What finds the key's row: its scope and itself; a key of another scope is another row. */
    byte[] lookup() {
        return sha256(scope, key);
    }

    /** What a retry must repeat to be the same request: method, path and body. */
    byte[] fingerprint() {
        return sha256(method, path, HexFormat.of().formatHex(bodySha256));
    }

    /** Each part, then a NUL (which no part holds), so that no two lists of parts run together alike. */
    private static byte[] sha256(String... parts) {
        MessageDigest digest = Sha256.digest();
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return digest.digest();
    }
}
