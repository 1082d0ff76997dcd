package org.sanad.complaints.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.config.TriageConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Escalation;
import org.sanad.complaints.domain.Priority;

class TriageDeadlinesTest {

    static final Instant FILED = Instant.parse("2026-12-07T10:00:00Z");

    static TriageDeadlines deadlines(Optional<Duration> nationalAfter) {
        TriageDeadlines deadlines = new TriageDeadlines();
        deadlines.config = new TriageConfig() {
            @Override
            public Deadlines deadlines() {
                return new Deadlines() {
                    @Override
                    public Duration critical() {
                        return Duration.ofHours(1);
                    }

                    @Override
                    public Duration high() {
                        return Duration.ofHours(24);
                    }

                    @Override
                    public Duration medium() {
                        return Duration.ofHours(72);
                    }

                    @Override
                    public Duration low() {
                        return Duration.ofDays(7);
                    }
                };
            }

            @Override
            public Optional<Duration> nationalAfter() {
                return nationalAfter;
            }

            @Override
            public String escalationEvery() {
                return "30s";
            }

            @Override
            public int escalationBatch() {
                return 100;
            }

            @Override
            public Duration overdueGaugeRefresh() {
                return Duration.ofSeconds(30);
            }
        };
        return deadlines;
    }

    static Complaint filed(Priority priority, TriageDeadlines deadlines) {
        Complaint complaint = new Complaint();
        complaint.priority = priority;
        complaint.status = ComplaintStatus.SUBMITTED;
        deadlines.start(complaint, FILED);
        return complaint;
    }

    @Test
    void aRiseCountsTheHigherPrioritysTimeFromTheRiseAndAFallNeverPushesTheDeadlineBack() {
        TriageDeadlines deadlines = deadlines(Optional.empty());
        Complaint complaint = filed(Priority.MEDIUM, deadlines);
        assertEquals(FILED.plus(Duration.ofHours(72)), complaint.triageDueAt);

        complaint.priority = Priority.HIGH;
        deadlines.priorityChanged(complaint, FILED.plus(Duration.ofHours(10)));
        assertEquals(FILED.plus(Duration.ofHours(34)), complaint.triageDueAt);
        assertEquals(complaint.triageDueAt, complaint.escalationDueAt);

        complaint.priority = Priority.LOW;
        deadlines.priorityChanged(complaint, FILED.plus(Duration.ofHours(11)));
        assertEquals(FILED.plus(Duration.ofHours(34)), complaint.triageDueAt);

        // a rise that would come later than the deadline already set changes nothing
        complaint.priority = Priority.HIGH;
        deadlines.priorityChanged(complaint, FILED.plus(Duration.ofHours(20)));
        assertEquals(FILED.plus(Duration.ofHours(34)), complaint.triageDueAt);
    }

    @Test
    void theNationalUnitsTurnComesTheDeadlineAgainAfterTheSupervisorsOrAsConfigured() {
        TriageDeadlines byDefault = deadlines(Optional.empty());
        Complaint complaint = filed(Priority.CRITICAL, byDefault);
        Instant escalatedAt = FILED.plus(Duration.ofMinutes(61));
        byDefault.escalated(complaint, Escalation.SUPERVISOR, escalatedAt);
        assertEquals(escalatedAt.plus(Duration.ofHours(1)), complaint.escalationDueAt);

        TriageDeadlines configured = deadlines(Optional.of(Duration.ofMinutes(15)));
        Complaint other = filed(Priority.LOW, configured);
        configured.escalated(other, Escalation.SUPERVISOR, escalatedAt);
        assertEquals(escalatedAt.plus(Duration.ofMinutes(15)), other.escalationDueAt);
        configured.escalated(other, Escalation.NATIONAL, escalatedAt.plus(Duration.ofMinutes(15)));
        assertNull(other.escalationDueAt);
    }

    @Test
    void leavingSubmittedEndsTheTimersAndOtherMovesDoNotRestartThem() {
        TriageDeadlines deadlines = deadlines(Optional.empty());
        Complaint complaint = filed(Priority.HIGH, deadlines);
        complaint.status = ComplaintStatus.UNDER_REVIEW;
        deadlines.statusChanged(complaint, ComplaintStatus.SUBMITTED);
        assertNull(complaint.triageDueAt);
        assertNull(complaint.escalationDueAt);

        complaint.priority = Priority.CRITICAL;
        deadlines.priorityChanged(complaint, FILED.plus(Duration.ofHours(1)));
        assertNull(complaint.triageDueAt);
    }
}
