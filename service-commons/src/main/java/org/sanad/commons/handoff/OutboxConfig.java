package org.sanad.commons.handoff;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where hand-offs go and how the relay paces them. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** The services this one hands messages to, by the name its {@link HandOff}s use. */
    Map<String, Destination> destinations();

    /**
     * How often due events are tried; {@code off} stops the relay (tests drive it by hand). Read
     * by {@link OutboxRelay}'s {@code @Scheduled} expressions; declared here so the key is known.
     */
    @WithDefault("5s")
    String relayEvery();

    @WithDefault("5s")
    String relayDelay();

    /** The longest wait between two attempts of one event. */
    @WithDefault("PT10M")
    Duration maxBackoff();

    /** Events tried per relay run. */
    @WithDefault("100")
    int batchSize();

    /** How long delivered events and the ids of applied messages are kept. */
    @WithDefault("P30D")
    Duration retention();

    @WithDefault("1h")
    String purgeEvery();

    interface Destination {

        URI url();

        @WithDefault("PT2S")
        Duration connectTimeout();

        @WithDefault("PT10S")
        Duration readTimeout();
    }
}
