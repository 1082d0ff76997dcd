package org.sanad.handoff;

/**
 * Applies one type of hand-off message to the domain. The {@link Inbox} calls it once per
 * message, inside the transaction that records the message as applied; implementations mark
 * {@link #apply} {@code @Transactional(MANDATORY)} and know nothing of delivery.
 */
public interface HandOffHandler<M extends HandOffMessage> {

    Class<M> messageType();

    /**
     * The one service allowed to send this message: its OIDC client id (the token's {@code azp}).
     * Another client of the realm holding {@code service-client} is refused, so no other service
     * can forge a delivery, an arrest or a court decision.
     */
    String sender();

    void apply(M message);
}
