package org.sanad.handoff;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

/**
 * Test fixture: a {@link DeliveryChannel} for the destination {@value #DESTINATION}; it keeps the
 * events it was given and answers what the test programmed.
 */
@Singleton
public class FixtureChannel implements DeliveryChannel {

    public static final String DESTINATION = "fixture-channel";

    public static final HandOff<FixtureMessage> ROUTE = HandOff.of(DESTINATION, "fixture-channelled", "",
            FixtureMessage.class);

    final List<OutboxEvent> sent = new ArrayList<>();

    volatile DeliveryOutcome answer = new DeliveryOutcome.Delivered();

    @Override
    public boolean delivers(String destination) {
        return DESTINATION.equals(destination);
    }

    @Override
    public synchronized DeliveryOutcome send(OutboxEvent event) {
        sent.add(event);
        return answer;
    }
}
