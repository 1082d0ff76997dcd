package org.sanad.courtsimulator;

import java.time.ZoneOffset;
import java.util.UUID;

/**
 * How the simulated court answers.
 *
 * @param referral only this referral's versions are played (others in the feed are passed over); null for all
 * @param returnReason null to accept each version; otherwise each is RETURNED with this reason
 * @param courtOffset the court's UTC offset: the hearing is scheduled in the court's local time
 * @param waitSeconds the long-poll on the first pull (0 to 30)
 */
public record PlayOptions(UUID referral, String returnReason, ZoneOffset courtOffset, int waitSeconds) {

    /** Baghdad's courts: +03:00. */
    public static final ZoneOffset IRAQ = ZoneOffset.ofHours(3);

    public static PlayOptions accepting(UUID referral) {
        return new PlayOptions(referral, null, IRAQ, 0);
    }
}
