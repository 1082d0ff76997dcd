package org.sanad.handoff;

import java.util.UUID;

/**
 * A message one service hands to another through the outbox. Its {@code deliveryId} is the
 * outbox event's id: it stays the same however often the message is delivered, so the receiver
 * applies it once.
 */
public interface HandOffMessage {

    UUID deliveryId();
}
