package org.sanad.cases.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.handoff.CaseAnnouncer;

/**
 * The one place a case's status changes: an officer's move and a recorded arrest both pass
 * through {@link #apply}, so every change is checked against {@link CaseStatus} and told to the
 * victims.
 */
@ApplicationScoped
public class CaseLifecycle {

    @Inject
    CaseAnnouncer announcer;

    /** An officer's move: one step forward, or closing; anything else is an illegal transition (409). */
    public void move(InvestigationCase investigation, CaseStatus next, Instant now) {
        if (!investigation.status.canMoveTo(next)) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "case.transition.illegal",
                    investigation.status, next);
        }
        apply(investigation, next, now);
    }

    /** An arrest was recorded: the case moves to ARREST_MADE unless it is there or beyond already. */
    public void arrestRecorded(InvestigationCase investigation, Instant now) {
        CaseStatus next = investigation.status.afterArrest();
        if (next != investigation.status) {
            apply(investigation, next, now);
        }
    }

    /** The court moved the case (reported by referrals-service): forward only, never out of CLOSED. */
    public void courtStep(InvestigationCase investigation, CaseStatus stage, Instant at) {
        CaseStatus next = investigation.status.afterCourtStep(stage);
        if (next != investigation.status) {
            apply(investigation, next, at);
        }
    }

    private void apply(InvestigationCase investigation, CaseStatus next, Instant now) {
        investigation.status = next;
        investigation.updatedAt = now;
        if (next == CaseStatus.CLOSED) {
            investigation.closedAt = now;
        }
        announcer.announce(investigation, now);
    }
}
