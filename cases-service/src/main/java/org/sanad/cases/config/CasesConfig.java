package org.sanad.cases.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Jurisdiction settings of cases-service; Iraq by default. */
@ConfigMapping(prefix = "cases")
public interface CasesConfig {

    /** Governorate codes: ISO 3166-2 by default. */
    @WithDefault("IQ-BG,IQ-BA,IQ-NI,IQ-AR,IQ-SU,IQ-DA,IQ-KI,IQ-AN,IQ-BB,IQ-KA,IQ-NA,IQ-WA,IQ-DI,IQ-SD,IQ-MA,IQ-DQ,IQ-MU,IQ-QA")
    List<String> governorates();

    /** Region assumed for phone numbers written without a country code. */
    @WithDefault("IQ")
    String phoneRegion();

    /** Largest extracted file investigators may upload, in bytes. */
    @WithDefault("104857600")
    long maxEvidenceBytes();
}
