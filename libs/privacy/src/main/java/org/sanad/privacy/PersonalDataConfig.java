package org.sanad.privacy;

import io.smallrye.config.ConfigMapping;

/**
 * The key of the blind indexes over encrypted personal data ({@link BlindIndex}). Unlike the
 * master keys it is not rotated in place: every stored index was computed with it, so a new key
 * means re-computing them all.
 */
@ConfigMapping(prefix = "sanad.personal-data")
public interface PersonalDataConfig {

    /** Base64 of 32 random bytes ({@code PERSONAL_DATA_INDEX_KEY}). */
    String indexKey();
}
