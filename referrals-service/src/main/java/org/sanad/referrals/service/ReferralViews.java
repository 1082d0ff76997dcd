package org.sanad.referrals.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.jpa.HibernateHints;
import org.sanad.core.problem.ProblemException;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.domain.CourtReply;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.mapping.ReferralMapper;

/** A referral at one of its versions, with the court's replies to that version. */
@ApplicationScoped
public class ReferralViews {

    @Inject
    ReferralMapper mapper;

    @Inject
    EntityManager entityManager;

    public ReferralView at(Referral referral, int number) {
        ReferralVersion version = ReferralVersion.of(referral.id, number)
                .orElseThrow(() -> ProblemException.notFound("referral.version.not-found"));
        return mapper.toView(referral, version, CourtReply.ofVersion(referral.id, number));
    }

    /**
     * A page of referrals at their newest versions, with two queries for the whole page (versions,
     * replies) rather than two per referral.
     */
    public Map<UUID, ReferralView> latest(List<Referral> referrals) {
        if (referrals.isEmpty()) {
            return Map.of();
        }
        UUID[] page = referrals.stream().map(r -> r.id).toArray(UUID[]::new);
        // Only each referral's newest version and the court's replies to it, read-only: a list
        // changes nothing, so Hibernate keeps no copy of each version's JSON columns to compare at
        // flush (a copy is another serialisation and parse of every column). Native SQL, the ids
        // bound as one array: Hibernate keeps no plan for an HQL query with a list parameter and
        // translated it anew on every call.
        Map<UUID, ReferralVersion> versions = this.<ReferralVersion> readOnly("select v.* from referral_version v "
                + "join referral r on r.id = v.referral_id and r.latest_version = v.number where v.referral_id = any(:page)",
                ReferralVersion.class, page).stream()
                .collect(Collectors.toMap(v -> v.referralId, Function.identity()));
        Map<UUID, List<CourtReply>> replies = this.<CourtReply> readOnly("select c.* from court_reply c "
                + "join referral r on r.id = c.referral_id and r.latest_version = c.version_number "
                + "where c.referral_id = any(:page) order by c.occurred_at, c.id", CourtReply.class, page).stream()
                .collect(Collectors.groupingBy(r -> r.referralId));
        return referrals.stream().collect(Collectors.toMap(r -> r.id,
                r -> mapper.toView(r, versions.get(r.id), replies.getOrDefault(r.id, List.of()))));
    }

    /** What the court sees: the newest submitted version. */
    public ReferralView submitted(Referral referral) {
        return at(referral, referral.submittedVersion);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> readOnly(String sql, Class<T> type, UUID[] page) {
        return entityManager.createNativeQuery(sql, type).setParameter("page", page)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }
}
