package org.sanad.complaints.notify;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.audit.AuditLog;
import org.sanad.core.time.Timestamps;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;
import org.sanad.complaints.config.NotificationsConfig;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Erases the victim's contact once their complaint closed (rejected, a duplicate, withdrawn, or
 * its case closed) and the last message to them left the outbox: sent, or dead for an operator.
 * A batch per transaction, rows another replica holds skipped, each erasure audited.
 */
@ApplicationScoped
public class ContactErasure {

    @Inject
    NotificationsConfig config;

    @Inject
    AuditLog audit;

    @Scheduled(every = "${notifications.erase-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledErasure() {
        int erased = eraseDue();
        if (erased > 0) {
            Log.infof("Erased the contacts of %d victims whose complaints closed", erased);
        }
    }

    /** Erases every contact due now; answers how many. */
    public int eraseDue() {
        int erased = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(() -> eraseBatch(Timestamps.now()));
            erased += batch;
            if (batch < config.eraseBatch()) {
                return erased;
            }
        }
    }

    private int eraseBatch(Instant now) {
        @SuppressWarnings("unchecked")
        List<VictimContact> due = VictimContact.getEntityManager().createNativeQuery("""
                select vc.* from victim_contact vc join complaint c on c.id = vc.complaint_id
                where vc.erased_at is null
                  and (c.status in ('REJECTED', 'DUPLICATE', 'WITHDRAWN') or c.investigation_status = 'CLOSED')
                  and not exists (select 1 from notification n join outbox_event e on e.id = n.outbox_event_id
                                  where n.complaint_id = vc.complaint_id and n.audience = 'VICTIM' and e.status = 'PENDING')
                order by vc.complaint_id limit :batch
                for update of vc skip locked""", VictimContact.class)
                .setParameter("batch", config.eraseBatch())
                .getResultList();
        for (VictimContact contact : due) {
            contact.erase(now);
            audit.system(ComplaintsAuditAction.NOTIFICATION_CONTACT_ERASE, ComplaintsAuditRecord.COMPLAINT,
                    contact.complaintId);
        }
        return due.size();
    }
}
