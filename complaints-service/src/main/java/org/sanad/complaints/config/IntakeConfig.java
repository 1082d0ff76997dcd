package org.sanad.complaints.config;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Intake rules; the country served is {@code org.sanad.kernel.jurisdiction.Jurisdiction}. */
@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    /** A deadline closer than this raises a complaint's priority. */
    @WithDefault("PT48H")
    Duration imminentDeadline();

    /** How often open complaints are checked for deadlines coming near; {@code off} disables it. */
    @WithDefault("10m")
    String priorityRefreshEvery();

    /** How many complaints the refresh job raises per transaction. */
    @WithDefault("200")
    int priorityRefreshBatch();

    EvidenceRules evidence();

    /**
     * The help lines of {@code GET /reference-data} ({@link HelpLines}): a file or a classpath
     * resource; by default {@code help-lines/<jurisdiction code in lower case>.json}.
     */
    Optional<String> helpLines();

    /** The supervisors' statistics: counts kept per day (StatisticsRollup). */
    StatisticsRules statistics();

    /** How often anyone may use the anonymous routes, open to the whole internet. */
    RateLimits rateLimits();

    interface RateLimits {

        /** {@code POST /anonymous-complaints}. */
        @WithDefault("5")
        int filingPerSource();

        @WithDefault("PT1H")
        Duration filingPerSourcePeriod();

        @WithDefault("300")
        int filingGlobal();

        @WithDefault("PT1M")
        Duration filingGlobalPeriod();

        /** {@code /tracking/**}: look-ups, supplements, withdrawals and evidence of anonymous filers. */
        @WithDefault("60")
        int trackingPerSource();

        @WithDefault("PT10M")
        Duration trackingPerSourcePeriod();

        @WithDefault("3000")
        int trackingGlobal();

        @WithDefault("PT1M")
        Duration trackingGlobalPeriod();

        /**
         * Evidence bytes one source may upload to anonymous complaints per period (1 GiB a day):
         * with 5 filings an hour and 200 files of 25 MiB each, one source could otherwise fill the
         * store in an afternoon.
         */
        @WithDefault("1073741824")
        long uploadBytesPerSource();

        @WithDefault("PT24H")
        Duration uploadBytesPerSourcePeriod();
    }

    /**
     * The machine clients (the token's {@code azp}) that may fetch a victim's identity for a court
     * that asked for it with a reason: referrals-service only.
     */
    @WithDefault("referrals-service")
    Set<String> disclosureClients();

    /**
     * The machine clients (the token's {@code azp}) that may download the evidence of an accepted
     * complaint, which the investigation took with it: cases-service, releasing an item to a court.
     */
    @WithDefault("cases-service")
    Set<String> evidenceClients();

    interface EvidenceRules {

        /** Largest evidence file accepted, in bytes. */
        @WithDefault("26214400")
        long maxBytes();

        /** The most all of one complaint's evidence files may hold together, in bytes (500 MiB). */
        @WithDefault("524288000")
        long maxBytesPerComplaint();

        /** The default allow-list; the contract lists it as the uploads' media types (EvidenceMediaTypesFilter). */
        String DEFAULT_ALLOWED_CONTENT_TYPES = "image/jpeg,image/png,image/webp,image/heic,video/mp4,video/quicktime,"
                + "audio/mpeg,audio/ogg,audio/mp4,application/pdf,text/plain";

        @WithDefault(DEFAULT_ALLOWED_CONTENT_TYPES)
        Set<String> allowedContentTypes();
    }

    interface StatisticsRules {

        /** How often the days that are over are added to the kept counts; {@code off} disables it. */
        @WithDefault("10m")
        String rollupEvery();

        /**
         * How long after its end (UTC) a day is counted: longer than a filing's transaction may take
         * to commit, with the replicas' clock skew, so no complaint of the day commits after it is counted.
         */
        @WithDefault("PT1H")
        Duration dayClosesAfter();
    }
}
