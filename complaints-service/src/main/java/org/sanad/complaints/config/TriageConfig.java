package org.sanad.complaints.config;

import java.time.Duration;
import java.util.Optional;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How soon a complaint must be triaged, by its priority, and what happens when it is not
 * (docs/notifications/risk.md). Every duration is positive: a zero would escalate every
 * complaint the moment it is filed, and the service refuses to start with one.
 */
@ConfigMapping(prefix = "triage")
public interface TriageConfig {

    Deadlines deadlines();

    /**
     * How long after its supervisor was told a complaint still untriaged goes to the national unit;
     * by default the deadline of its priority again.
     */
    Optional<@DurationMin(seconds = 1) Duration> nationalAfter();

    /** How often the escalation job looks for complaints past their deadline; {@code off} disables it. */
    @WithDefault("30s")
    String escalationEvery();

    /** How many complaints the escalation job escalates per transaction. */
    @WithDefault("100")
    int escalationBatch();

    /** How long the overdue gauge's count is reused before the database is asked again. */
    @WithDefault("PT30S")
    @DurationMin(seconds = 1)
    Duration overdueGaugeRefresh();

    interface Deadlines {

        @WithDefault("1h")
        @DurationMin(seconds = 1)
        Duration critical();

        @WithDefault("24h")
        @DurationMin(seconds = 1)
        Duration high();

        @WithDefault("72h")
        @DurationMin(seconds = 1)
        Duration medium();

        @WithDefault("7d")
        @DurationMin(seconds = 1)
        Duration low();
    }
}
