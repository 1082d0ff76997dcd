package org.sanad.commons.handoff;

/**
 * Applies one type of hand-off message to the domain. The {@link Inbox} calls it once per
 * message, inside the transaction that records the message as applied; implementations mark
 * {@link #apply} {@code @Transactional(MANDATORY)} and know nothing of delivery.
 */
public interface HandOffHandler<M extends HandOffMessage> {

    Class<M> messageType();

    void apply(M message);
}
