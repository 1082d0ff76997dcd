package org.sanad.complaints.rules;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.DemandType;
import org.sanad.complaints.domain.Priority;

/**
 * A complaint's priority from its risk signals. A risk to the victim's life outranks everything;
 * a minor victim, a deadline about to fall and a money demand add up below it.
 */
@ApplicationScoped
public class PriorityRules {

    static final int SELF_HARM = 100;
    static final int MINOR = 40;
    static final int IMMINENT_DEADLINE = 30;
    static final int MONEY_DEMANDED = 10;

    @Inject
    IntakeConfig config;

    /** Sets the complaint's score and priority as of {@code now}; answers whether either changed. */
    public boolean apply(Complaint complaint, Instant now) {
        return apply(complaint, now, config.imminentDeadline());
    }

    /** As {@link #apply(Complaint, Instant)}, a deadline within {@code imminent} of {@code now} counting. */
    public boolean apply(Complaint complaint, Instant now, Duration imminent) {
        int score = score(complaint, now, imminent);
        Priority priority = priorityOf(score);
        complaint.deadlineCounted = imminent(complaint, now, imminent);
        boolean changed = score != complaint.priorityScore || priority != complaint.priority;
        complaint.priorityScore = score;
        complaint.priority = priority;
        return changed;
    }

    /** The risk score: self-harm 100, minor victim 40, deadline within {@code imminent} 30, money demanded 10. */
    static int score(Complaint complaint, Instant now, Duration imminent) {
        int score = 0;
        if (complaint.selfHarmRisk) {
            score += SELF_HARM;
        }
        if (complaint.victim.minor) {
            score += MINOR;
        }
        if (imminent(complaint, now, imminent)) {
            score += IMMINENT_DEADLINE;
        }
        if (complaint.demandTypes.contains(DemandType.MONEY)) {
            score += MONEY_DEMANDED;
        }
        return score;
    }

    private static boolean imminent(Complaint complaint, Instant now, Duration imminent) {
        return complaint.deadline != null && complaint.deadline.isBefore(now.plus(imminent));
    }

    static Priority priorityOf(int score) {
        if (score >= SELF_HARM) {
            return Priority.CRITICAL;
        }
        if (score >= MINOR) {
            return Priority.HIGH;
        }
        if (score >= MONEY_DEMANDED) {
            return Priority.MEDIUM;
        }
        return Priority.LOW;
    }
}
