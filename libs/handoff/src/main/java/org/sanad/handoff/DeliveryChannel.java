package org.sanad.handoff;

/**
 * Another way out for outbox events than {@link HandOffSender}'s posts to a configured service:
 * a bean of this type takes the events of the destinations it {@link #delivers}, and the relay
 * gives them to it with the same claims, retries, backoff and dead events as every hand-off. It is
 * called outside any database transaction; one it needs to read what to send opens and closes
 * its own before the call goes out.
 */
public interface DeliveryChannel {

    /** Whether events stored for {@code destination} are this channel's to send. */
    boolean delivers(String destination);

    /** One attempt; the answer classified as {@link DeliveryOutcome#ofAnswer} does for a hand-off. */
    DeliveryOutcome send(OutboxEvent event);
}
