package org.sanad.complaints.push;

/**
 * How soon the browser should be woken for a message (RFC 8030 §5.3): a push service may hold back
 * the less urgent ones to spare a phone's battery.
 */
public enum Urgency {
    VERY_LOW("very-low"),
    LOW("low"),
    NORMAL("normal"),
    HIGH("high");

    private final String header;

    Urgency(String header) {
        this.header = header;
    }

    /** The value of the {@code Urgency} header. */
    public String header() {
        return header;
    }
}
