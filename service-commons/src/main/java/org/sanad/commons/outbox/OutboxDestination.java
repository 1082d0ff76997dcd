package org.sanad.commons.outbox;

/** Delivers the outbox events addressed to one other service. */
public interface OutboxDestination {

    /** The name events are addressed to, as given to {@link Outbox#enqueue}. */
    String name();

    /**
     * Sends the event; returns normally only once the receiver has accepted it. Any exception
     * leaves the event to be tried again later.
     */
    void deliver(OutboxEvent event) throws Exception;
}
