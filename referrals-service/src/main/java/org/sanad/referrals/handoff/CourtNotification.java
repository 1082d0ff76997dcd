package org.sanad.referrals.handoff;

import java.time.Instant;
import java.util.UUID;

import org.sanad.handoff.HandOff;
import org.sanad.handoff.HandOffMessage;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a court's webhook is told of a new feed entry, as the Standard Webhooks payload
 * ({@code type}, {@code timestamp}, {@code data}): which referral and version changed, how, and the
 * entry's feed position. Nothing a court reads in the feed itself (no snapshot, no victim): the
 * feed stays where a court learns what the referral says. The event's id is the
 * {@code webhook-id} header, not part of the body.
 */
public record CourtNotification(@JsonIgnore UUID deliveryId, String type, Instant timestamp, Data data)
        implements HandOffMessage {

    /** Notifications go to the court's own endpoint ({@code CourtWebhookSender}), not to a configured service. */
    public static final String DESTINATION = "court-webhooks";

    public static final String TYPE = "referral.changed";

    public static final HandOff<CourtNotification> ROUTE = HandOff.of(DESTINATION, TYPE, "", CourtNotification.class);

    public record Data(UUID referralId, int version, String change, String position) {
    }
}
