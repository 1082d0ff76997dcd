package org.sanad.handoff;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Test fixture: the message of the test application's one hand-off ({@link #ROUTE}). Its subject
 * names the record the handler's effect is on, so a test counts that effect.
 */
public record FixtureMessage(@NotNull UUID deliveryId, @NotNull @Size(max = 100) String subject)
        implements HandOffMessage {

    /** The service the fixture's hand-offs go to; {@link FixtureReceiverStub} stands in for it. */
    public static final String RECEIVER = "fixture-receiver";

    /** The one client allowed to deliver the message ({@link FixtureHandler#sender()}). */
    public static final String SENDER = "fixture-sender";

    public static final HandOff<FixtureMessage> ROUTE = HandOff.of(RECEIVER, "fixture-noted", "/fixture-deliveries",
            FixtureMessage.class);
}
