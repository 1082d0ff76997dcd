package org.sanad.complaints.config;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Jurisdiction and intake rules. Iraq is the default; another country is a configuration change. */
@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    /** Codes of the governorates (or regions) complaints are filed in: ISO 3166-2 by default. */
    @WithDefault("IQ-BG,IQ-BA,IQ-NI,IQ-AR,IQ-SU,IQ-DA,IQ-KI,IQ-AN,IQ-BB,IQ-KA,IQ-NA,IQ-WA,IQ-DI,IQ-SD,IQ-MA,IQ-DQ,IQ-MU,IQ-QA")
    List<String> governorates();

    /** First part of every tracking number, e.g. {@code IQ} in {@code IQ-2026-7K3Q-9MZD}. */
    @WithDefault("IQ")
    String trackingPrefix();

    /** Region assumed for phone numbers written without a country code. */
    @WithDefault("IQ")
    String phoneRegion();

    /** A deadline closer than this raises a complaint's priority. */
    @WithDefault("PT48H")
    Duration imminentDeadline();

    /** How often open complaints are checked for deadlines coming near; {@code off} disables it. */
    @WithDefault("10m")
    String priorityRefreshEvery();

    EvidenceRules evidence();

    interface EvidenceRules {

        /** Largest evidence file accepted, in bytes. */
        @WithDefault("26214400")
        long maxBytes();

        @WithDefault("image/jpeg,image/png,image/webp,image/heic,video/mp4,video/quicktime,audio/mpeg,audio/ogg,audio/mp4,application/pdf,text/plain")
        Set<String> allowedContentTypes();
    }
}
