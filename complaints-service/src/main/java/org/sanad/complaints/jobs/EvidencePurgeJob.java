package org.sanad.complaints.jobs;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.complaints.service.EvidenceRetention;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/** Purges, on a schedule, the evidence past its retention period ({@link EvidenceRetention#purgeDue}). */
@ApplicationScoped
public class EvidencePurgeJob {

    @Inject
    EvidenceRetention retention;

    @Scheduled(every = "${sanad.retention.purge-every:1h}", delayed = "${sanad.retention.purge-delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int purged = retention.purgeDue(Instant.now());
        if (purged > 0) {
            Log.infof("Purged the evidence of %d complaints past their retention period", purged);
        }
    }
}
