package org.sanad.referrals.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "referrals")
public interface ReferralsConfig {

    /** The courts and statutes: a classpath resource ({@code catalogue/iq.json}, {@code catalogue/ma.json}) or a file. */
    String catalogue();

    /** The token claim that carries a court system's court code. */
    @WithDefault("court_code")
    String courtClaim();

    EvidenceLinks evidenceLinks();

    Feed feed();

    IdentityRequests identityRequests();

    Signing signing();

    /**
     * The keys each submitted version is signed with (docs/referral-signatures.md). A key is an EC
     * P-256 JWK; its id is its RFC 7638 thumbprint, computed, never configured.
     */
    interface Signing {

        /** The current key, a private JWK (JSON): signs every version submitted from now on ({@code REFERRAL_SIGNING_KEY}). */
        String key();

        /**
         * The keys that signed earlier versions, a JWK Set (JSON) of their public halves: still
         * published so those versions verify ({@code REFERRAL_SIGNING_RETIRED_KEYS}).
         */
        Optional<String> retiredKeys();

        /**
         * How often versions submitted unsigned (by a replica of an earlier release, during a
         * rollout) are signed ({@code off} to do it only at start, as the tests do). Read by
         * UnsignedVersions' schedule.
         */
        @WithDefault("1m")
        String catchUpEvery();
    }

    Statistics statistics();

    interface Statistics {

        /**
         * How often court reviews and decisions recorded without their outcome codes (by a replica
         * of an earlier release, during a rollout) get them from their bodies ({@code off} to do it
         * only at start, as the tests do). Read by UnrecordedOutcomes' schedule.
         */
        @WithDefault("1m")
        String catchUpEvery();
    }

    CourtWebhooks courtWebhooks();

    /** The endpoints court systems register to be told of their feed's new entries. */
    interface CourtWebhooks {

        /**
         * Whether an endpoint may be {@code http://} or on a loopback, private or link-local
         * address. Off, and so closed, unless a test or a local run turns it on: in production an
         * endpoint is HTTPS on a public address, never a path into the service's own network.
         */
        @WithDefault("false")
        boolean allowInsecureUrls();

        @WithDefault("PT2S")
        Duration connectTimeout();

        /** How long a court's endpoint has to answer one notification. */
        @WithDefault("PT10S")
        Duration readTimeout();

        /**
         * How long after a rotation the previous secret also signs each delivery (a second
         * signature in {@code webhook-signature}), so the court can switch its receiver over.
         */
        @WithDefault("PT24H")
        Duration rotationOverlap();
    }

    /** The short-lived links courts fetch evidence through. */
    interface EvidenceLinks {

        /** HMAC key that signs the links (at least 32 characters); from a Secret in production. */
        String secret();

        @WithDefault("PT5M")
        Duration ttl();
    }

    /** A court's requests for who a pseudonymised victim is. */
    interface IdentityRequests {

        /**
         * How many a court may make in any 24 hours, all referrals together; counted from the
         * recorded requests, so the limit holds across replicas and restarts.
         */
        @WithDefault("10")
        int perCourtPerDay();

        /**
         * Whether a prosecutor of the referral's governorate approves each request before the
         * identity is fetched. Off by default: the court that asks is a judge, whom the prosecution
         * answers to in Iraq and Morocco; a deployment whose law puts the prosecutor first turns it on.
         */
        @WithDefault("false")
        boolean prosecutorApproval();
    }

    interface Feed {

        @WithDefault("100")
        int defaultPageSize();

        @WithDefault("500")
        int maxPageSize();

        /**
         * How many long-polls ({@code wait}) wait at once on one replica; one more is answered 429
         * with a Retry-After. A waiting poll holds no thread and no connection, only a few objects.
         */
        @WithDefault("1000")
        int maxWaiters();

        /**
         * How often the waiting courts' feeds are re-read for entries appended on other replicas
         * (appends on this one wake their polls at once); read by {@code FeedWaiters}' schedule.
         */
        @WithDefault("2s")
        String recheckEvery();
    }
}
