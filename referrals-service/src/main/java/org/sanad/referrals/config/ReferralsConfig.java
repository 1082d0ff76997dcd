package org.sanad.referrals.config;

import java.time.Duration;

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

    /** The short-lived links courts fetch evidence through. */
    interface EvidenceLinks {

        /** HMAC key that signs the links (at least 32 characters); from a Secret in production. */
        String secret();

        @WithDefault("PT5M")
        Duration ttl();
    }

    interface Feed {

        @WithDefault("100")
        int defaultPageSize();

        @WithDefault("500")
        int maxPageSize();
    }
}
