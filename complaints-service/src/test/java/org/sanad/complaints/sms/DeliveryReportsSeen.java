package org.sanad.complaints.sms;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The delivery reports the service fired, for the tests to wait for. */
@ApplicationScoped
public class DeliveryReportsSeen {

    private final ConcurrentLinkedQueue<SmsDeliveryReport> seen = new ConcurrentLinkedQueue<>();

    void on(@Observes SmsDeliveryReport report) {
        seen.add(report);
    }

    /** The report for this message id, waiting up to {@code wait} for it. */
    public Optional<SmsDeliveryReport> awaitFor(String messageId, Duration wait) throws InterruptedException {
        long until = System.nanoTime() + wait.toNanos();
        do {
            Optional<SmsDeliveryReport> report = seen.stream().filter(r -> r.messageId().equals(messageId)).findFirst();
            if (report.isPresent()) {
                return report;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < until);
        return Optional.empty();
    }
}
