package org.sanad.complaints.domain;

/** The victim's age band; the bands below 18 describe minors. */
public enum AgeBand {
    UNDER_15(true), FROM_15_TO_17(true), FROM_18_TO_24(false), FROM_25_TO_35(false), FROM_36_TO_50(false),
    OVER_50(false), UNKNOWN(false);

    private final boolean minor;

    AgeBand(boolean minor) {
        this.minor = minor;
    }

    public boolean isMinor() {
        return minor;
    }
}
