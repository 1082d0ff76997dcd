package org.sanad.complaints.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * What operators watch of the messages, by event and channel: how many were queued (counted once
 * their transaction commits), sent and failed for good. Waiting ones show as the outbox's pending
 * events; a growing gap between queued and sent is an SMSC or push service away. Every series that
 * can move exists from the start, at 0 (a victim's events on both channels, the duty texts by SMS),
 * so that dashboards and rules read them before the first message.
 */
@ApplicationScoped
public class NotificationMetrics {

    private static final String QUEUED = "sanad.notifications.queued";
    private static final String SENT = "sanad.notifications.sent";
    private static final String FAILED = "sanad.notifications.failed";
    private static final String QUEUED_HELP = "Messages queued for a victim or the officers on duty";
    private static final String SENT_HELP = "Messages accepted by the SMSC or the push service";
    private static final String FAILED_HELP = "Messages refused for good by the SMSC or the push service";

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent started) {
        for (NotificationChannel channel : NotificationChannel.values()) {
            for (NotificationEvent event : NotificationEvent.values()) {
                registerAll(event.name(), channel);
            }
        }
        for (DutyMessage duty : DutyMessage.values()) {
            registerAll(duty.name(), NotificationChannel.SMS);
        }
    }

    private void registerAll(String event, NotificationChannel channel) {
        counter(QUEUED, QUEUED_HELP, event, channel);
        counter(SENT, SENT_HELP, event, channel);
        counter(FAILED, FAILED_HELP, event, channel);
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        counter(QUEUED, QUEUED_HELP, queued.event(), queued.channel()).increment();
    }

    void sent(String event, NotificationChannel channel) {
        counter(SENT, SENT_HELP, event, channel).increment();
    }

    void failed(String event, NotificationChannel channel) {
        counter(FAILED, FAILED_HELP, event, channel).increment();
    }

    private Counter counter(String name, String description, String event, NotificationChannel channel) {
        return Counter.builder(name).description(description).tag("event", event).tag("channel", channel.name())
                .register(registry);
    }
}
