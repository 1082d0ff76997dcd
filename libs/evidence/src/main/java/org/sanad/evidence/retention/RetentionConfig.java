package org.sanad.evidence.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long intimate evidence is kept once the matter is over (a complaint rejected or withdrawn, a
 * case closed), unless a legal hold is set: the bytes are then purged, their hash, size and
 * custody history kept.
 */
@ConfigMapping(prefix = "sanad.retention")
public interface RetentionConfig {

    /** Time from the close of the matter to the purge of its evidence bytes. */
    @WithDefault("P180D")
    Duration evidenceAfter();

    /** Records (complaints, cases) purged per transaction. */
    @WithDefault("20")
    int batch();
}
