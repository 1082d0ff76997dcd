package org.sanad.referrals.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
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
 * since. Appends for one court are serialised (a transaction-scoped advisory lock), so positions
 * become visible in order and a reader never skips an entry committed late.
 */
@ApplicationScoped
public class CourtFeed {

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
    }

    @Transactional
    public FeedPage page(String after, Integer limit) {
        String own = court.court();
        long from = 0;
        if (after != null && !after.isBlank()) {
            PositionCursor cursor = PositionCursor.decode(after, "after");
            if (!cursor.owner().equals(own)) {
                throw ProblemException.forbidden("feed.cursor.other-court").audited(ReferralsAuditAction.COURT_FEED_READ,
                        ReferralsAuditRecord.REFERRAL, "feed:" + cursor.owner());
            }
            from = cursor.position();
        }
        int size = limit == null ? config.feed().defaultPageSize() : limit;
        if (size < 1 || size > config.feed().maxPageSize()) {
            throw ProblemException.invalidField("limit", "feed.limit.range");
        }
        // read-only entities: a page is read and never changed, so Hibernate keeps no copy of each
        // entry to compare at the flush; loaded as entities, their snapshots are opened (EncryptedFields)
        List<FeedEntry> fetched = entityManager.createQuery("from FeedEntry where courtCode = :court and position > :from "
                + "order by position", FeedEntry.class).setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("court", own).setParameter("from", from).setMaxResults(size + 1).getResultList();
        boolean more = fetched.size() > size;
        List<FeedEntry> shown = more ? fetched.subList(0, size) : fetched;
        long last = shown.isEmpty() ? from : shown.get(shown.size() - 1).position;
        audit.success(ReferralsAuditAction.COURT_FEED_READ, ReferralsAuditRecord.REFERRAL, "feed:" + own);
        return new FeedPage(shown.stream().map(e -> new FeedPage.Entry(e.change, e.recordedAt, e.snapshot)).toList(),
                new PositionCursor(own, last).encode(), more);
    }
}
