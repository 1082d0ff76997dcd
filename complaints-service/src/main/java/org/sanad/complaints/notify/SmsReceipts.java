package org.sanad.complaints.notify;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.sanad.complaints.sms.SmsDeliveryReport;

/**
 * Records the SMSC's delivery receipts: the message reached the phone, or did not (expired,
 * rejected, undeliverable). A receipt can come before the submission's message ids are written
 * (an SMSC that answers at once): it is looked for again a few times, briefly, before it is dropped.
 */
@ApplicationScoped
public class SmsReceipts {

    static final Set<String> DELIVERED = Set.of("DELIVRD");

    static final int LOOKS = 10;

    static final Duration BETWEEN_LOOKS = Duration.ofMillis(300);

    @Inject
    NotificationDeliveries deliveries;

    void on(@Observes SmsDeliveryReport report) {
        record(report, 1);
    }

    private void record(SmsDeliveryReport report, int look) {
        boolean found = deliveries.receipt(report.messageId(), DELIVERED.contains(report.state()), report.doneAt());
        if (!found && look < LOOKS) {
            CompletableFuture.runAsync(() -> record(report, look + 1),
                    CompletableFuture.delayedExecutor(BETWEEN_LOOKS.toMillis(), TimeUnit.MILLISECONDS));
        }
    }
}
