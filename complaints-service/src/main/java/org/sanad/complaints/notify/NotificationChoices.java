package org.sanad.complaints.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.audit.AuditLog;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.time.Timestamps;
import org.sanad.kernel.identifiers.IdentifierNormaliser;
import org.sanad.kernel.identifiers.UnrecognisedIdentifierException;
import org.sanad.complaints.access.ComplaintAccess;
import org.sanad.complaints.api.NotificationChoice;
import org.sanad.complaints.api.NotificationChoiceView;
import org.sanad.complaints.api.NotificationView;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.service.TrackingService;
import org.sanad.handoff.OutboxEvent;

/**
 * The victim's choice of channel: made at filing, read, changed and stopped by the citizen who
 * filed the complaint or by the anonymous filer with the tracking number and secret. Every read
 * and change is audited; the contact itself is never answered, only its last two digits.
 */
@ApplicationScoped
public class NotificationChoices {

    @Inject
    ComplaintAccess access;

    @Inject
    TrackingService tracking;

    @Inject
    AuditLog audit;

    @Inject
    IdentifierNormaliser normaliser;

    @Inject
    PushContacts push;

    /** At filing, in its transaction: the choice the filing carries ({@code notifications.*} in its violations). */
    @Transactional(TxType.MANDATORY)
    public void register(Complaint complaint, NotificationChoice choice) {
        if (choice != null) {
            apply(complaint, choice, "notifications.");
        }
    }

    @Transactional
    public NotificationChoiceView choice(UUID complaintId) {
        Complaint complaint = access.load(complaintId);
        access.requireFiler(complaint, ComplaintsAuditAction.NOTIFICATION_CHOICE_READ);
        return read(complaint);
    }

    @Transactional
    public NotificationChoiceView choose(UUID complaintId, NotificationChoice choice) {
        Complaint complaint = access.load(complaintId);
        access.requireFiler(complaint, ComplaintsAuditAction.NOTIFICATION_CHOICE_CHANGE);
        return change(complaint, choice);
    }

    @Transactional
    public void stop(UUID complaintId) {
        Complaint complaint = access.load(complaintId);
        access.requireFiler(complaint, ComplaintsAuditAction.NOTIFICATION_CHOICE_STOP);
        stop(complaint);
    }

    @Transactional
    public List<NotificationView> notifications(UUID complaintId) {
        Complaint complaint = access.load(complaintId);
        access.requireReadNotifications(complaint, ComplaintsAuditAction.NOTIFICATION_LIST);
        return list(complaint);
    }

    @Transactional
    public NotificationChoiceView anonymousChoice(String trackingNumber, String secret) {
        return read(tracking.open(trackingNumber, secret, ComplaintsAuditAction.NOTIFICATION_CHOICE_READ));
    }

    @Transactional
    public NotificationChoiceView anonymousChoose(String trackingNumber, String secret, NotificationChoice choice) {
        return change(tracking.open(trackingNumber, secret, ComplaintsAuditAction.NOTIFICATION_CHOICE_CHANGE), choice);
    }

    @Transactional
    public void anonymousStop(String trackingNumber, String secret) {
        stop(tracking.open(trackingNumber, secret, ComplaintsAuditAction.NOTIFICATION_CHOICE_STOP));
    }

    @Transactional
    public List<NotificationView> anonymousNotifications(String trackingNumber, String secret) {
        return list(tracking.open(trackingNumber, secret, ComplaintsAuditAction.NOTIFICATION_LIST));
    }

    private NotificationChoiceView read(Complaint complaint) {
        audit.success(ComplaintsAuditAction.NOTIFICATION_CHOICE_READ, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        return view(VictimContact.findById(complaint.id));
    }

    private NotificationChoiceView change(Complaint complaint, NotificationChoice choice) {
        if (Closure.isClosed(complaint)) {
            throw new ProblemException(ProblemType.CONFLICT, "notification.complaint-closed");
        }
        VictimContact contact = apply(complaint, choice, "");
        audit.success(ComplaintsAuditAction.NOTIFICATION_CHOICE_CHANGE, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        return view(contact);
    }

    private void stop(Complaint complaint) {
        VictimContact contact = VictimContact.findById(complaint.id);
        if (contact != null) {
            contact.channel = ContactChannel.NONE;
            if (contact.erasedAt == null) {
                contact.erase(Timestamps.now());
            }
        }
        audit.success(ComplaintsAuditAction.NOTIFICATION_CHOICE_STOP, ComplaintsAuditRecord.COMPLAINT, complaint.id);
    }

    /** Oldest first; a message whose outbox event an operator must look at (dead) shows as failed. */
    private List<NotificationView> list(Complaint complaint) {
        audit.success(ComplaintsAuditAction.NOTIFICATION_LIST, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        return Notification.getEntityManager().createQuery("""
                select n, e.status from Notification n left join OutboxEvent e on e.id = n.outboxEventId
                where n.complaintId = :complaint and n.audience = :victim order by n.queuedAt, n.id""", Object[].class)
                .setParameter("complaint", complaint.id)
                .setParameter("victim", Audience.VICTIM)
                .getResultStream()
                .map(row -> view((Notification) row[0], (OutboxEvent.Status) row[1]))
                .toList();
    }

    /** The contact checked and stored; the violations named under {@code field}. */
    private VictimContact apply(Complaint complaint, NotificationChoice choice, String field) {
        FieldViolations violations = new FieldViolations();
        String phone = null;
        String subscription = null;
        switch (choice.channel()) {
            case SMS -> phone = phone(violations, field + "phone", choice.phone(), complaint);
            case WEB_PUSH -> subscription = push.checked(choice.pushSubscription(), field + "pushSubscription");
            case NONE -> {
                // nothing to keep
            }
        }
        violations.throwIfAny();
        Instant now = Timestamps.now();
        VictimContact found = VictimContact.findById(complaint.id);
        VictimContact contact = found != null ? found : new VictimContact();
        contact.channel = choice.channel();
        contact.language = choice.language();
        contact.phone = phone;
        contact.pushSubscription = subscription;
        contact.erasedAt = null;
        contact.updatedAt = now;
        if (found == null) {
            contact.complaintId = complaint.id;
            contact.registeredAt = now;
            contact.persist();
        }
        return contact;
    }

    /** The phone given, in E.164; for a citizen's complaint without one, the victim's contact phone. */
    private String phone(FieldViolations violations, String field, String given, Complaint complaint) {
        if (given == null || given.isBlank()) {
            if (complaint.filerSubject != null && complaint.victim.contactPhone != null) {
                return complaint.victim.contactPhone;
            }
            violations.add(field, "notification.phone.required");
            return null;
        }
        try {
            return normaliser.phone(given);
        } catch (UnrecognisedIdentifierException e) {
            violations.add(field, e.getMessage());
            return null;
        }
    }

    private static NotificationChoiceView view(VictimContact contact) {
        if (contact == null) {
            return new NotificationChoiceView(ContactChannel.NONE, null, null, false, null);
        }
        String ending = contact.phone == null ? null : "…" + contact.phone.substring(contact.phone.length() - 2);
        return new NotificationChoiceView(contact.channel, contact.language, ending, contact.pushSubscription != null,
                contact.erasedAt);
    }

    private static NotificationView view(Notification n, OutboxEvent.Status outbox) {
        NotificationStatus status = n.status == NotificationStatus.QUEUED && outbox == OutboxEvent.Status.DEAD
                ? NotificationStatus.FAILED
                : n.status;
        return new NotificationView(n.id, NotificationEvent.valueOf(n.event), n.channel, status, n.queuedAt, n.sentAt,
                n.deliveredAt, n.notBefore);
    }
}
