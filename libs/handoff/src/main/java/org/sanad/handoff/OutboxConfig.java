package org.sanad.handoff;

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

    /**
     * How many refusals (a 4xx other than 401, 408, 429, 413 and 415) an event takes before it is
     * parked as dead. With the backoff capped at {@link #maxBackoff()}, 72 attempts span about
     * eleven hours: a rollout in the wrong order or a realm mistake fixed overnight loses nothing.
     */
    @WithDefault("72")
    int refusalAttempts();

    /** Events tried per relay run. */
    @WithDefault("100")
    int batchSize();

    /**
     * How long a delivered event, payload and all, is kept: hours, enough to look into a
     * hand-off that just happened, not a second copy of what the services hold.
     */
    @WithDefault("PT6H")
    Duration retention();

    /**
     * How long the ids of applied messages are kept to refuse a redelivery. They hold nothing but
     * ids and times; a sender redelivers within its backoff (at most {@link #maxBackoff()} apart),
     * and receivers also guard by natural keys, so two days cover a sender down for a weekend.
     */
    @WithDefault("PT48H")
    Duration appliedRetention();

    @WithDefault("10m")
    String purgeEvery();

    interface Destination {

        URI url();

        @WithDefault("PT2S")
        Duration connectTimeout();

        @WithDefault("PT10S")
        Duration readTimeout();
    }
}
