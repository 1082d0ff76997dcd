package org.sanad.privacy;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.sanad.core.time.Timestamps;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * What operators watch of the master keys' rotation ({@code POST /evidence-keys/rotation},
 * {@code POST /data-keys/rotation}), labelled {@code key="master"}: when this replica last ran one
 * to its end ({@code sanad_key_rotation_last_success_timestamp_seconds}, 0 until it has), how many
 * runs failed ({@code sanad_key_rotation_failures_total}), and how many retired keys the replica
 * still holds ({@code sanad_key_rotation_retired_keys}). A retired key is deployed to start a
 * rotation and removed once the rotation moved everything off it; one still held days later is a
 * rotation left half-done, which the rotation alert reads from the last two together.
 */
@ApplicationScoped
public class KeyRotationMetrics {

    static final String KEY = "master";

    @Inject
    MeterRegistry registry;

    @Inject
    DataKeys keys;

    private final AtomicLong lastSuccess = new AtomicLong();

    void register(@Observes StartupEvent started) {
        Gauge.builder("sanad.key.rotation.last.success.timestamp.seconds", lastSuccess, AtomicLong::get)
                .description("When this replica last ran a rotation of the master keys to its end (Unix seconds, 0: not since it started)")
                .tag("key", KEY).register(registry);
        Gauge.builder("sanad.key.rotation.retired.keys", keys, held -> held.knownIds().size() - 1)
                .description("Retired master keys this replica holds: a rotation under way until they are removed")
                .tag("key", KEY).register(registry);
        failures();
    }

    /** Runs a rotation, recording its end or its failure; the failure is thrown on. */
    public <T> T recorded(Supplier<T> rotation) {
        T done;
        try {
            done = rotation.get();
        } catch (RuntimeException e) {
            failures().increment();
            throw e;
        }
        lastSuccess.set(Timestamps.now().getEpochSecond());
        return done;
    }

    private Counter failures() {
        // registering again answers the meter already registered
        return Counter.builder("sanad.key.rotation.failures")
                .description("Rotations of the master keys that failed before their end").tag("key", KEY).register(registry);
    }
}
