package org.sanad.complaints.risk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sanad.complaints.domain.Complaint;

/** The risk signals a filing carries: what has the governorate's on-duty officers told the moment it is filed. */
public final class RiskSignals {

    /** A deadline this close to the filing leaves the victim no time to wait in a queue. */
    static final Duration IMMINENT = Duration.ofHours(24);

    private RiskSignals() {
    }

    /** The complaint's signals as filed at {@code filedAt}, in the order of {@link RiskSignal}; empty when none. */
    public static List<RiskSignal> of(Complaint complaint, Instant filedAt) {
        List<RiskSignal> signals = new ArrayList<>();
        if (complaint.selfHarmRisk) {
            signals.add(RiskSignal.SELF_HARM);
        }
        // the filer may say the victim is a minor without giving the age band; either is enough
        if (complaint.victim.minor || complaint.victim.ageBand.isMinor()) {
            signals.add(RiskSignal.MINOR_VICTIM);
        }
        if (complaint.deadline != null && complaint.deadline.isBefore(filedAt.plus(IMMINENT))) {
            signals.add(RiskSignal.DEADLINE_WITHIN_24H);
        }
        return signals;
    }
}
