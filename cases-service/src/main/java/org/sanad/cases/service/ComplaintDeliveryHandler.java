package org.sanad.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.commons.handoff.HandOffHandler;
import org.sanad.cases.api.ComplaintDelivery;
import org.sanad.cases.domain.CaseComplaint;

/**
 * Applies a complaint handed over by complaints-service (once per delivery, see the inbox): a
 * complaint seen for the first time is linked into a case; one already linked brings only what
 * its cases lack.
 */
@ApplicationScoped
public class ComplaintDeliveryHandler implements HandOffHandler<ComplaintDelivery> {

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
        if (CaseComplaint.count("complaintId", delivery.complaintId()) == 0) {
            linker.link(delivery);
        } else {
            merger.merge(delivery);
        }
    }
}
