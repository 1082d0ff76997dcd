package org.sanad.complaints.notify;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.query.NativeQuery;
import org.sanad.core.time.Timestamps;
import org.sanad.handoff.Outbox;
import org.sanad.handoff.OutboxEvent;
import org.sanad.complaints.config.NotificationsConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.InvestigationStatus;
import org.sanad.complaints.domain.StatusChange;
import org.sanad.complaints.risk.DutyAlert;

import io.quarkus.logging.Log;

/**
 * Decides who is told what, in the transaction of the change it tells: one notification per
 * channel and one outbox event that sends it, once per event and channel however often the change
 * is announced. Outside quiet hours or for a safety message the event is due at once; otherwise
 * at the end of the quiet hours.
 */
@ApplicationScoped
public class NotificationQueue {

    @Inject
    Outbox outbox;

    @Inject
    NotificationsConfig config;

    @Inject
    Event<NotificationQueued> queued;

    /** The settings already warned of as missing: a warning per setting, not per alert. */
    private final Set<String> missingSettingsWarned = ConcurrentHashMap.newKeySet();

    /** The complaint was filed; a safety message when the victim spoke of harming themselves. */
    @Transactional(TxType.MANDATORY)
    public void received(Complaint complaint) {
        toVictim(complaint, NotificationEvent.RECEIVED, NotificationEvent.RECEIVED.name(), complaint.selfHarmRisk,
                complaint.submittedAt);
    }

    /** The complaint's status changed, as {@code change} records it (a question asked twice is told twice). */
    @Transactional(TxType.MANDATORY)
    public void statusChanged(Complaint complaint, StatusChange change) {
        NotificationEvent event = NotificationEvent.of(change.toStatus);
        if (event != null) {
            toVictim(complaint, event, event.name() + ":" + change.id, false, change.changedAt);
        }
    }

    /** The investigation of the accepted complaint reached {@code status}, true on the case's side at {@code changedAt}. */
    @Transactional(TxType.MANDATORY)
    public void investigationChanged(Complaint complaint, InvestigationStatus status, Instant changedAt) {
        NotificationEvent event = NotificationEvent.of(status);
        if (event != null) {
            toVictim(complaint, event, event.name() + "@" + changedAt, false, Timestamps.now());
        }
    }

    /** A complaint must not wait unseen: the duty contact configured for its governorate, or the national unit, is texted. */
    void on(@Observes DutyAlert alert) {
        String setting = alert.level() == DutyAlert.Level.NATIONAL ? "notifications.national-contact"
                : "notifications.duty-contacts.\"" + alert.governorate() + "\"";
        if (DutyContacts.of(config, alert.governorate(), DutyMessage.of(alert.level())).isEmpty()) {
            if (missingSettingsWarned.add(setting)) {
                Log.warnf("A duty alert could not be texted: %s is not configured", setting);
            }
            return;
        }
        queue(alert.complaintId(), Audience.DUTY, DutyMessage.of(alert.level()).name(), alert.key(),
                NotificationChannel.SMS, config.dutyLanguage(), true, Timestamps.now());
    }

    private void toVictim(Complaint complaint, NotificationEvent event, String key, boolean safety, Instant now) {
        VictimContact contact = VictimContact.findById(complaint.id);
        if (contact == null || !contact.reachable()) {
            return;
        }
        NotificationChannel channel = contact.channel == ContactChannel.SMS ? NotificationChannel.SMS
                : NotificationChannel.WEB_PUSH;
        queue(complaint.id, Audience.VICTIM, event.name(), key, channel, contact.language, safety, now);
    }

    /** The notification and its outbox event, unless this event was queued on this channel before. */
    private void queue(UUID complaintId, Audience audience, String event, String key, NotificationChannel channel,
            String language, boolean safety, Instant now) {
        Instant notBefore = safety ? null : quietHours().heldUntil(now);
        UUID id = UUID.randomUUID();
        OutboxEvent due = outbox.enqueue(NotificationDue.of(channel), id,
                deliveryId -> new NotificationDue(deliveryId, id), notBefore);
        int inserted = Notification.getEntityManager().createNativeQuery("""
                insert into notification (id, complaint_id, audience, event, event_key, channel, language, safety, status,
                    outbox_event_id, not_before, queued_at)
                values (:id, :complaint, :audience, :event, :key, :channel, :language, :safety, 'QUEUED', :due, :notBefore, :now)
                on conflict on constraint notification_once_per_event_and_channel do nothing""")
                .unwrap(NativeQuery.class)
                .setParameter("id", id)
                .setParameter("complaint", complaintId)
                .setParameter("audience", audience.name())
                .setParameter("event", event)
                .setParameter("key", key)
                .setParameter("channel", channel.name())
                .setParameter("language", language)
                .setParameter("safety", safety)
                .setParameter("due", due.id)
                .setParameter("notBefore", notBefore, Instant.class)
                .setParameter("now", now)
                .executeUpdate();
        if (inserted == 0) {
            // told before: the event written above never leaves this transaction
            due.delete();
            return;
        }
        queued.fire(new NotificationQueued(event, channel));
    }

    private QuietHours quietHours() {
        return QuietHours.of(config);
    }
}
