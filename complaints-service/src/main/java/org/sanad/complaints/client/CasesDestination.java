package org.sanad.complaints.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sanad.commons.outbox.Outbox;
import org.sanad.commons.outbox.OutboxDestination;
import org.sanad.commons.outbox.OutboxEvent;

import io.quarkus.logging.Log;

/** Hands accepted complaints to cases-service; the outbox retries until it takes them. */
@ApplicationScoped
public class CasesDestination implements OutboxDestination {

    public static final String NAME = "cases-service";

    @Inject
    @RestClient
    CasesClient cases;

    @Inject
    Outbox outbox;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(OutboxEvent event) {
        CaseDelivery delivery = outbox.payload(event, CaseDelivery.class).withDeliveryId(event.id);
        DeliveryReceipt receipt = cases.deliver(delivery);
        Log.infof("Complaint %s handed to cases-service: case %s%s", delivery.trackingNumber(), receipt.caseNumber(),
                receipt.alreadyApplied() ? " (already there)" : "");
    }
}
