package org.sanad.cases.handoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.handoff.HandOffHandler;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.api.ComplaintDelivery;

/**
 * Applies a complaint handed over by complaints-service (once per delivery, see the inbox): a
 * complaint seen for the first time is linked into a case; one already linked brings only what
 * its cases lack.
 */
@ApplicationScoped
public class ComplaintDeliveryHandler implements HandOffHandler<ComplaintDelivery> {

    @Inject
    EntityManager entityManager;

    @Inject
    ComplaintLinker linker;

    @Inject
    ComplaintMerger merger;

    @Override
    public Class<ComplaintDelivery> messageType() {
        return ComplaintDelivery.class;
    }

    @Override
    public String sender() {
        return "complaints-service";
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public void apply(ComplaintDelivery delivery) {
        if (firstArrival(delivery)) {
            linker.link(delivery);
        } else {
            merger.merge(delivery);
        }
    }

    /**
     * Records the complaint's arrival, once: a second delivery of it applied at the same time waits
     * here for the first one's commit and is then told the complaint has arrived (and merges).
     */
    private boolean firstArrival(ComplaintDelivery delivery) {
        return entityManager.createNativeQuery("""
                INSERT INTO complaint_arrival (complaint_id, arrived_at) VALUES (:complaint, :now)
                ON CONFLICT (complaint_id) DO NOTHING""")
                .setParameter("complaint", delivery.complaintId())
                .setParameter("now", Timestamps.now())
                .executeUpdate() == 1;
    }
}
