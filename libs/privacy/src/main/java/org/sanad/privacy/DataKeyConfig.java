package org.sanad.privacy;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The master keys that wrap evidence data keys: one active key, which wraps every new object's
 * data key, and the retired keys still needed to unwrap objects not yet re-wrapped
 * ({@code POST /evidence-keys/rotation}). Keys are 32 random bytes, base64, from a Secret.
 */
@ConfigMapping(prefix = "sanad.evidence-keys")
public interface DataKeyConfig {

    /** The active key's id, stored with every object it wraps ({@code EVIDENCE_KEY_ID}). */
    String activeId();

    /** The active key, base64 of 32 bytes ({@code EVIDENCE_KEY}). */
    String active();

    /** Keys replaced by the active one, as {@code id:base64}, until no object needs them. */
    Optional<List<String>> retired();

    /**
     * Keys given in full rather than read from configuration: what a tool that re-seals exported
     * values uses, or a test that writes a value as an earlier key would have.
     */
    static DataKeyConfig of(String activeId, String active, List<String> retired) {
        return new DataKeyConfig() {
            public String activeId() {
                return activeId;
            }

            public String active() {
                return active;
            }

            public Optional<List<String>> retired() {
                return Optional.of(List.copyOf(retired));
            }
        };
    }
}
