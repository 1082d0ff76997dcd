package org.sanad.cases.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sanad.commons.outbox.Outbox;
import org.sanad.commons.outbox.OutboxDestination;
import org.sanad.commons.outbox.OutboxEvent;

/** Delivers case updates to complaints-service, as this service (OIDC client credentials). */
@ApplicationScoped
public class ComplaintsDestination implements OutboxDestination {

    public static final String NAME = "complaints-service";

    @Inject
    @RestClient
    ComplaintsClient complaints;

    @Inject
    Outbox outbox;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(OutboxEvent event) {
        CaseUpdate update = outbox.payload(event, CaseUpdate.class).withDeliveryId(event.id);
        complaints.announce(update);
    }
}
