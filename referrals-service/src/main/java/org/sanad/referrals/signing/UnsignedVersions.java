package org.sanad.referrals.signing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.mapping.ReferralMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Versions submitted before versions were signed (migration V5) are signed at start, once, with
 * the current key: their content never changed since. Replicas starting together each take the
 * rows no other holds ({@code skip locked}), so no version is signed twice.
 */
@ApplicationScoped
public class UnsignedVersions {

    @Inject
    ReferralSigning signing;

    @Inject
    ReferralMapper mapper;

    @Inject
    EntityManager entityManager;

    void atStart(@Observes StartupEvent start) {
        int signed = signAll();
        if (signed > 0) {
            Log.infof("Signed %d referral versions submitted before versions were signed", signed);
        }
    }

    /**
     * Again every minute: during the rollout of the release that signs, replicas of the one before
     * still take submissions, unsigned, until they are replaced; a court must not meet them
     * unsigned until the next restart.
     */
    @Scheduled(every = "${referrals.signing.catch-up-every:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        int signed = signAll();
        if (signed > 0) {
            Log.infof("Signed %d referral versions submitted unsigned (by a replica of an earlier release)", signed);
        }
    }

    /** @return how many versions it signed */
    @Transactional
    @SuppressWarnings("unchecked")
    public int signAll() {
        List<ReferralVersion> unsigned = entityManager.createNativeQuery("select * from referral_version "
                + "where submitted_at is not null and signature_jws is null for update skip locked", ReferralVersion.class)
                .getResultList();
        for (ReferralVersion version : unsigned) {
            Referral referral = Referral.findById(version.referralId);
            signing.sign(version, mapper.toView(referral, version, List.of()));
        }
        return unsigned.size();
    }
}
