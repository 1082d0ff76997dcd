package org.sanad.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sanad.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its answer are kept: a retry within it is replayed, after it is a new request. */
    @WithDefault("24h")
    Duration retention();

    /** How often the purge runs ({@code off} to run it only by hand, as the tests do). */
    @WithDefault("15m")
    String purgeEvery();

    /** How many expired rows one purge transaction deletes; the purge takes batches until none is left. */
    @WithDefault("1000")
    int purgeBatch();
}
