package org.sanad.core.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Evidence refused because its bytes no longer give the hash recorded on arrival (or their sealed
 * segments fail their tag, or a court's bytes differ from the manifest), counted as
 * {@code sanad_evidence_integrity_failures_total}, which the integrity alert reads. Registered at
 * start, so the series exists at 0 before the first failure and an increase is seen from the first
 * one. No labels: which item failed is in the custody record and the log, never in a metric.
 */
@ApplicationScoped
public class EvidenceIntegrityFailures {

    static final String FAILURES = "sanad.evidence.integrity.failures";

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent started) {
        failures();
    }

    /** One refusal of evidence that failed its check; called where the failure is recorded. */
    public void recorded() {
        failures().increment();
    }

    private Counter failures() {
        // registering again answers the meter already registered
        return Counter.builder(FAILURES)
                .description("Evidence refused because its bytes no longer match the hash recorded on arrival")
                .register(registry);
    }
}
