package org.sanad.core.observability;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Histogram buckets on the HTTP server's request timer ({@code http_server_requests_seconds}) at
 * the latency objectives the burn-rate alerts count against (k8s/base/&lt;service&gt;/prometheusrule.yaml:
 * 99% of API requests within {@value #LATENCY_OBJECTIVE_MS} ms), with a few around them for
 * dashboards. Only these buckets: Micrometer's percentile histogram would add some seventy series
 * per route, status and method. Routes are the templates Quarkus REST matches
 * ({@code /complaints/{id}}), never the real path.
 */
public class HttpServerSlo {

    /** The latency objective in milliseconds; a bucket boundary, so the rules read it exactly. */
    static final long LATENCY_OBJECTIVE_MS = 1000;

    static final List<Duration> BUCKETS = List.of(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofMillis(LATENCY_OBJECTIVE_MS), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30));

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                // a timer's objectives are in its base unit, nanoseconds
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(BUCKETS.stream().mapToDouble(Duration::toNanos).toArray())
                        .build().merge(config);
            }
        };
    }
}
