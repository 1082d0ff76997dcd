package org.sanad.cases.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sanad.audit.AuditLog;
import org.sanad.evidence.retention.EvidencePurge;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.InvestigationCase;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import org.sanad.cases.audit.CasesAuditRecord;
import org.sanad.evidence.retention.RetentionAuditAction;

/**
 * Retention of the files extracted into a case: {@code sanad.retention.evidence-after} once the
 * case is closed their bytes are purged, unless a supervisor has set a legal hold (see
 * {@link org.sanad.cases.service.CaseRetention}). A purge keeps the item (hash, size) and its
 * custody log, adds a PURGED custody entry saying why, and is audited, in the transaction that
 * deletes the bytes.
 */
@ApplicationScoped
public class EvidencePurgeJob {

    @Inject
    AuditLog audit;

    @Inject
    EvidencePurge purge;

    @Inject
    EntityManager entityManager;

    @Scheduled(every = "${sanad.retention.purge-every:1h}", delayed = "${sanad.retention.purge-delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        int purged = purgeDue(Instant.now());
        if (purged > 0) {
            Log.infof("Purged the extracted files of %d closed cases past their retention period", purged);
        }
    }

    /** Purges, as of {@code now}, the files of every closed case past its retention; answers how many cases. */
    public int purgeDue(Instant now) {
        return purge.run(now, this::lockDue, this::purge);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> lockDue(Instant cutoff, int batch) {
        return entityManager.createNativeQuery("SELECT c.id FROM investigation_case c WHERE c.closed_at < :cutoff "
                + "AND c.legal_hold_at IS NULL AND EXISTS (SELECT 1 FROM evidence_item i WHERE i.case_id = c.id "
                + "AND i.object_id IS NOT NULL) ORDER BY c.closed_at, c.id LIMIT :batch FOR UPDATE OF c SKIP LOCKED",
                UUID.class).setParameter("cutoff", cutoff).setParameter("batch", batch).getResultList();
    }

    private void purge(UUID caseId, Instant now) {
        InvestigationCase investigation = InvestigationCase.findById(caseId);
        String reason = purge.reason("case closed", investigation.closedAt);
        for (EvidenceItem item : EvidenceItem.<EvidenceItem> list("caseId = ?1 and file.objectId is not null",
                caseId)) {
            purge.discard(item.file.purge(reason, now));
            CustodyEntry entry = new CustodyEntry();
            entry.id = UUID.randomUUID();
            entry.itemId = item.id;
            entry.action = CustodyAction.PURGED;
            entry.stamp(AuditLog.SYSTEM, AuditLog.SYSTEM, now);
            entry.note = reason;
            entry.hashChecked = false;
            entry.persist();
            audit.system(RetentionAuditAction.EVIDENCE_PURGE, CasesAuditRecord.EVIDENCE_ITEM, item.id);
        }
    }
}
