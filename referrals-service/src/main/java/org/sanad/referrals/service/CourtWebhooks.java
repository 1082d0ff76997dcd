package org.sanad.referrals.service;

import java.net.InetAddress;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.audit.AuditLog;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.time.Timestamps;
import org.sanad.handoff.Outbox;
import org.sanad.referrals.access.CourtCaller;
import org.sanad.referrals.api.CourtWebhookView;
import org.sanad.referrals.audit.ReferralsAuditAction;
import org.sanad.referrals.audit.ReferralsAuditRecord;
import org.sanad.referrals.config.ReferralsConfig;
import org.sanad.referrals.domain.CourtWebhook;
import org.sanad.referrals.domain.FeedEntry;
import org.sanad.referrals.handoff.CourtNotification;
import org.sanad.referrals.rules.WebhookSignatures;
import org.sanad.referrals.rules.WebhookUrls;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A court system's notification endpoint: one per court, registered, read, removed and given a new
 * secret by that court's system only, each audited. When its court's feed gets an entry, a
 * notification is written to the outbox in the entry's transaction; the relay posts it
 * ({@code CourtWebhookSender}) after the commit, with the outbox's retries and dead events.
 */
@ApplicationScoped
public class CourtWebhooks {

    @Inject
    CourtCaller court;

    @Inject
    ReferralsConfig config;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    /**
     * Registers the caller court's endpoint, or moves it; a new registration answers its secret, a
     * move keeps it. The address is looked up before the transaction begins: no connection waits
     * on a name server.
     */
    public CourtWebhookView register(String url) {
        String own = court.court();
        checkUrl(url).ifPresent(refusal -> {
            throw ProblemException.invalidField("url", refusal).audited(ReferralsAuditAction.COURT_WEBHOOK_SET,
                    ReferralsAuditRecord.COURT_WEBHOOK, own);
        });
        return QuarkusTransaction.requiringNew().call(() -> store(own, url));
    }

    private CourtWebhookView store(String own, String url) {
        CourtWebhook webhook = CourtWebhook.findById(own);
        String shownSecret = null;
        if (webhook == null) {
            webhook = new CourtWebhook();
            webhook.courtCode = own;
            webhook.secret = WebhookSignatures.newSecret();
            webhook.createdAt = Timestamps.now();
            shownSecret = webhook.secret;
        }
        webhook.url = url;
        webhook.updatedAt = Timestamps.now();
        webhook.persist();
        audit.success(ReferralsAuditAction.COURT_WEBHOOK_SET, ReferralsAuditRecord.COURT_WEBHOOK, own);
        return view(webhook, shownSecret);
    }

    @Transactional
    public CourtWebhookView read() {
        CourtWebhook webhook = own(ReferralsAuditAction.COURT_WEBHOOK_READ);
        audit.success(ReferralsAuditAction.COURT_WEBHOOK_READ, ReferralsAuditRecord.COURT_WEBHOOK, webhook.courtCode);
        return view(webhook, null);
    }

    /** Removes the endpoint; notifications not yet delivered are dropped when their turn comes. */
    @Transactional
    public void remove() {
        CourtWebhook webhook = own(ReferralsAuditAction.COURT_WEBHOOK_REMOVE);
        webhook.delete();
        audit.success(ReferralsAuditAction.COURT_WEBHOOK_REMOVE, ReferralsAuditRecord.COURT_WEBHOOK, webhook.courtCode);
    }

    /**
     * A new secret, answered once; every delivery from now on, earlier notifications' retries
     * included, is signed with it, and for {@code referrals.court-webhooks.rotation-overlap} also
     * with the one before, so the court's receiver verifies with either while it switches over.
     */
    @Transactional
    public CourtWebhookView rotateSecret() {
        CourtWebhook webhook = own(ReferralsAuditAction.COURT_WEBHOOK_ROTATE_SECRET);
        webhook.previousSecret = webhook.secret;
        webhook.previousUntil = Timestamps.now().plus(config.courtWebhooks().rotationOverlap());
        webhook.secret = WebhookSignatures.newSecret();
        webhook.updatedAt = Timestamps.now();
        audit.success(ReferralsAuditAction.COURT_WEBHOOK_ROTATE_SECRET, ReferralsAuditRecord.COURT_WEBHOOK,
                webhook.courtCode);
        return view(webhook, webhook.secret);
    }

    /** Writes the notification of {@code entry} when its court has an endpoint; in the entry's transaction. */
    @Transactional(TxType.MANDATORY)
    public void announce(FeedEntry entry, int version, String position) {
        if (CourtWebhook.count("courtCode", entry.courtCode) == 0) {
            return;
        }
        outbox.enqueue(CourtNotification.ROUTE, entry.courtCode, id -> new CourtNotification(id, CourtNotification.TYPE,
                entry.recordedAt, new CourtNotification.Data(entry.referralId, version, entry.change, position)));
    }

    /** Why the endpoint is refused as a message key, if it is; the same check the sender makes before each delivery. */
    public Optional<String> checkUrl(String url) {
        return WebhookUrls.refusal(url, config.courtWebhooks().allowInsecureUrls(), InetAddress::getAllByName);
    }

    private CourtWebhook own(ReferralsAuditAction action) {
        String own = court.court();
        return CourtWebhook.<CourtWebhook> findByIdOptional(own).orElseThrow(() -> ProblemException
                .notFound("webhook.not-found").audited(action, ReferralsAuditRecord.COURT_WEBHOOK, own));
    }

    private static CourtWebhookView view(CourtWebhook webhook, String secret) {
        return new CourtWebhookView(webhook.courtCode, webhook.url, secret, webhook.createdAt, webhook.updatedAt);
    }
}
