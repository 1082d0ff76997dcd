package org.sanad.complaints.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What operators watch of the messages, by event and channel: how many were queued (counted once
 * their transaction commits), sent and failed for good. Waiting ones show as the outbox's pending
 * events; a growing gap between queued and sent is an SMSC or push service away.
 */
@ApplicationScoped
public class NotificationMetrics {

    @Inject
    MeterRegistry registry;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        count("sanad.notifications.queued", "Messages queued for a victim or the officers on duty", queued.event(),
                queued.channel());
    }

    void sent(String event, NotificationChannel channel) {
        count("sanad.notifications.sent", "Messages accepted by the SMSC or the push service", event, channel);
    }

    void failed(String event, NotificationChannel channel) {
        count("sanad.notifications.failed", "Messages refused for good by the SMSC or the push service", event, channel);
    }

    private void count(String name, String description, String event, NotificationChannel channel) {
        Counter.builder(name).description(description).tag("event", event).tag("channel", channel.name())
                .register(registry).increment();
    }
}
