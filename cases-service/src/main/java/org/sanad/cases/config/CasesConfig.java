package org.sanad.cases.config;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of cases-service of its own; the jurisdiction is {@code org.sanad.kernel.jurisdiction.Jurisdiction}. */
@ConfigMapping(prefix = "cases")
public interface CasesConfig {

    EvidenceRules evidence();

    /** The machine clients (the token's {@code azp}) that release evidence to courts: referrals-service. */
    @WithDefault("referrals-service")
    Set<String> courtReleaseClients();

    /** Files investigators extract from seized devices and upload. */
    interface EvidenceRules {

        /** Largest file, in bytes. */
        @WithDefault("104857600")
        long maxBytes();

        @WithDefault("image/jpeg,image/png,image/webp,image/heic,video/mp4,video/quicktime,audio/mpeg,audio/ogg,audio/mp4,application/pdf,text/plain,text/csv,application/json,application/zip,application/octet-stream")
        Set<String> allowedContentTypes();
    }
}
