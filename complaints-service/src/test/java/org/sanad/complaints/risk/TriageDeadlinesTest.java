package org.sanad.complaints.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.config.TriageConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Escalation;
import org.sanad.complaints.domain.Priority;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

class TriageDeadlinesTest {

    static final Instant FILED = Instant.parse("2026-12-07T10:00:00Z");

    /** The deadlines of the configuration's defaults, {@code triage.*} as given in {@code properties}. */
    static TriageDeadlines deadlines(Map<String, String> properties) {
        TriageDeadlines deadlines = new TriageDeadlines();
        deadlines.config = new SmallRyeConfigBuilder().withMapping(TriageConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withSources(new PropertiesConfigSource(properties, "test", 400)).build()
                .getConfigMapping(TriageConfig.class);
        return deadlines;
    }

    @Test
    void theDefaultDeadlinesAreAnHourADayThreeDaysAndAWeek() {
        TriageDeadlines deadlines = deadlines(Map.of());
        assertEquals(Duration.ofHours(1), deadlines.of(Priority.CRITICAL));
        assertEquals(Duration.ofHours(24), deadlines.of(Priority.HIGH));
        assertEquals(Duration.ofHours(72), deadlines.of(Priority.MEDIUM));
        assertEquals(Duration.ofDays(7), deadlines.of(Priority.LOW));
        assertEquals(Duration.ofDays(7), deadlines.nationalAfter(Priority.LOW));
    }

    @Test
    void aDeadlineThatIsNotPositiveStopsTheService() {
        ConfigValidationException refused = assertThrows(ConfigValidationException.class,
                () -> deadlines(Map.of("triage.deadlines.critical", "0s", "triage.national-after", "-1h")));
        assertEquals(2, refused.getProblemCount(), refused.getMessage());
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
        TriageDeadlines deadlines = deadlines(Map.of());
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
        TriageDeadlines byDefault = deadlines(Map.of());
        Complaint complaint = filed(Priority.CRITICAL, byDefault);
        Instant escalatedAt = FILED.plus(Duration.ofMinutes(61));
        byDefault.escalated(complaint, Escalation.SUPERVISOR, escalatedAt);
        assertEquals(escalatedAt.plus(Duration.ofHours(1)), complaint.escalationDueAt);

        TriageDeadlines configured = deadlines(Map.of("triage.national-after", "15m"));
        Complaint other = filed(Priority.LOW, configured);
        configured.escalated(other, Escalation.SUPERVISOR, escalatedAt);
        assertEquals(escalatedAt.plus(Duration.ofMinutes(15)), other.escalationDueAt);
        configured.escalated(other, Escalation.NATIONAL, escalatedAt.plus(Duration.ofMinutes(15)));
        assertNull(other.escalationDueAt);
    }

    @Test
    void leavingSubmittedEndsTheTimersAndOtherMovesDoNotRestartThem() {
        TriageDeadlines deadlines = deadlines(Map.of());
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
