package org.sanad.referrals.client;

import java.time.Instant;
import java.util.UUID;

import org.sanad.handoff.HandOffMessage;

/**
 * What cases-service is told of a referred case's progress at court. cases-service's contract
 * names it {@code ReferralUpdate} too (checked by CasesContractTest).
 */
public record ReferralUpdate(UUID deliveryId, UUID caseId, UUID referralId, String referenceNumber, int version,
        String courtCode, String courtName, Step step, Instant occurredAt, String details) implements HandOffMessage {

    /** cases-service takes details up to this length. */
    public static final int MAX_DETAILS = 4000;

    public enum Step {
        REFERRED, RETURNED, HEARING_SCHEDULED, DECIDED, IDENTITY_DISCLOSED
    }
}
