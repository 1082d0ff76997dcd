package org.sanad.complaints.risk;

import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint that must not wait unseen, announced (as a synchronous CDI event, inside the
 * transaction that finds it) to whoever tells the people on duty: the governorate's duty contact
 * when a complaint at risk is filed or its triage deadline passes, the national unit when it is
 * still untriaged after that. Observers write what they send in the same transaction, through the
 * outbox, once per {@link #key}.
 *
 * @param key unique per alert and complaint (the same alert raised twice is told once)
 * @param governorate the complaint's governorate, whose duty contact is told
 * @param level who must act now
 * @param reasons why: the risk signals, or the missed deadline
 */
public record DutyAlert(UUID complaintId, String trackingNumber, String governorate, Level level,
        Set<Reason> reasons, String key) {

    @Schema(name = "AlertLevel")
    public enum Level {
        /** The governorate's on-duty intake officers (and its supervisor sees it). */
        INTAKE,
        /** The governorate's supervisor: the triage deadline passed. */
        SUPERVISOR,
        /** The national unit: still untriaged after the supervisor's escalation window. */
        NATIONAL
    }

    @Schema(name = "AlertReason")
    public enum Reason {
        SELF_HARM, MINOR_VICTIM, DEADLINE_WITHIN_24H, TRIAGE_OVERDUE
    }
}
