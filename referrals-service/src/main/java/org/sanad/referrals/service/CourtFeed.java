package org.sanad.referrals.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.jpa.HibernateHints;
import org.sanad.audit.AuditLog;
import org.sanad.core.paging.PositionCursor;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.time.Timestamps;
import org.sanad.referrals.access.CourtCaller;
import org.sanad.referrals.api.FeedPage;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.config.ReferralsConfig;
import org.sanad.referrals.domain.FeedEntry;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.mapping.ReferralMapper;
import org.sanad.referrals.audit.ReferralsAuditAction;
import org.sanad.referrals.audit.ReferralsAuditRecord;

/**
 * The courts' pull feed: every change a court may see is appended, in the transaction that makes
 * it, with the referral as it stood then. A court reads its entries in position order from an
 * opaque cursor; the same cursor always gives the same page, and an old one replays everything
 * since. Every entry carries its own position, so a court that stops inside a page resumes after
 * the last entry it processed. Appends for one court are serialised (a transaction-scoped
 * advisory lock), so positions become visible in order and a reader never skips an entry
 * committed late.
 */
@ApplicationScoped
public class CourtFeed {

    /** Where a court's read starts, checked: its court, the position after which entries are shown, the page size. */
    public record Read(String court, long from, int size) {

        String cursor() {
            return new PositionCursor(court, from).encode();
        }
    }

    /** An entry was appended for {@code court} at {@code position}; observed after its transaction commits. */
    public record Appended(String court, long position) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ReferralMapper mapper;

    @Inject
    CourtCaller court;

    @Inject
    ReferralsConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Event<Appended> appended;

    @Inject
    CourtWebhooks webhooks;

    @Inject
    CourtFeedMetrics metrics;

    /** The record a court's feed reads are audited under. */
    static String feedRecord(String court) {
        return "feed:" + court;
    }

    @Transactional(TxType.MANDATORY)
    public void append(Referral referral, String change, ReferralView snapshot) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "court-feed:" + referral.courtCode).getSingleResult();
        FeedEntry entry = new FeedEntry();
        entry.courtCode = referral.courtCode;
        entry.referralId = referral.id;
        entry.change = change;
        entry.snapshot = mapper.toJsonText(snapshot);
        entry.recordedAt = Timestamps.now();
        entry.persist();
        webhooks.announce(entry, snapshot.versionNumber(), new PositionCursor(entry.courtCode, entry.position).encode());
        appended.fire(new Appended(entry.courtCode, entry.position));
    }

    /** The caller's page after {@code after}; audited. */
    @Transactional
    public FeedPage page(String after, Integer limit) {
        return page(read(after, limit));
    }

    /**
     * Checks the caller's read: its court, a cursor of that court at a position the feed has
     * handed out (a forged one beyond the feed's end would skip the entries still to come), and the
     * page size. The read is audited here, once per request however long it then waits.
     */
    @Transactional
    public Read read(String after, Integer limit) {
        String own = court.court();
        long from = 0;
        if (after != null && !after.isBlank()) {
            PositionCursor cursor = PositionCursor.decode(after, "after");
            if (!cursor.owner().equals(own)) {
                throw ProblemException.forbidden("feed.cursor.other-court").audited(ReferralsAuditAction.COURT_FEED_READ,
                        ReferralsAuditRecord.REFERRAL, feedRecord(cursor.owner()));
            }
            from = cursor.position();
            if (from > 0 && from > lastPosition()) {
                throw ProblemException.invalidField("after", "feed.cursor.unknown");
            }
        }
        int size = limit == null ? config.feed().defaultPageSize() : limit;
        if (size < 1 || size > config.feed().maxPageSize()) {
            throw ProblemException.invalidField("limit", "feed.limit.range");
        }
        audit.success(ReferralsAuditAction.COURT_FEED_READ, ReferralsAuditRecord.REFERRAL, feedRecord(own));
        metrics.pulled(own, Timestamps.now());
        return new Read(own, from, size);
    }

    /**
     * The entries of a checked read; needs no request of its own, so a long-poll reads it again
     * when it is woken, after the request's thread has gone.
     */
    @Transactional
    public FeedPage page(Read read) {
        // read-only entities: a page is read and never changed, so Hibernate keeps no copy of each
        // entry to compare at the flush; loaded as entities, their snapshots are opened (EncryptedFields)
        List<FeedEntry> fetched = entityManager.createQuery("from FeedEntry where courtCode = :court and position > :from "
                + "order by position", FeedEntry.class).setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("court", read.court()).setParameter("from", read.from()).setMaxResults(read.size() + 1)
                .getResultList();
        boolean more = fetched.size() > read.size();
        List<FeedEntry> shown = more ? fetched.subList(0, read.size()) : fetched;
        if (shown.isEmpty()) {
            return FeedPage.empty(read.cursor());
        }
        List<FeedPage.Entry> entries = shown.stream().map(e -> new FeedPage.Entry(
                new PositionCursor(read.court(), e.position).encode(), e.change, e.recordedAt, e.snapshot)).toList();
        return new FeedPage(entries, entries.get(entries.size() - 1).position(), more);
    }

    /** The highest position any court's entry has; entries are never removed. */
    private long lastPosition() {
        Number last = (Number) entityManager.createNativeQuery("select coalesce(max(position), 0) from feed_entry")
                .getSingleResult();
        return last.longValue();
    }
}
