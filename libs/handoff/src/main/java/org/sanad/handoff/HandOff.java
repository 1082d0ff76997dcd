package org.sanad.handoff;

/**
 * One kind of hand-off: the message type, the service it goes to and the path it is posted to
 * there. The sending service declares its hand-offs as constants, so the compiler keeps the
 * message and its route together.
 *
 * @param destination the receiving service, as named under {@code outbox.destinations}
 * @param type the event type stored in the outbox and shown to operators
 * @param path the receiver's endpoint, from its committed contract
 */
public record HandOff<M extends HandOffMessage>(String destination, String type, String path, Class<M> messageType) {

    public static <M extends HandOffMessage> HandOff<M> of(String destination, String type, String path,
            Class<M> messageType) {
        return new HandOff<>(destination, type, path, messageType);
    }
}
