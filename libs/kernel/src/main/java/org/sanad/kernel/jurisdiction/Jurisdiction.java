package org.sanad.kernel.jurisdiction;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The country the suite serves, one configuration read by every service: Iraq by default;
 * another country (Morocco, say) is a change of these values, not of code.
 */
@ConfigMapping(prefix = "jurisdiction")
public interface Jurisdiction {

    /** ISO 3166-1 alpha-2 code of the country; every region's code begins with it. */
    @WithDefault("IQ")
    String code();

    /** Codes of the governorates (regions) records belong to and officers serve: ISO 3166-2. */
    @WithDefault("IQ-BG,IQ-BA,IQ-NI,IQ-AR,IQ-SU,IQ-DA,IQ-KI,IQ-AN,IQ-BB,IQ-KA,IQ-NA,IQ-WA,IQ-DI,IQ-SD,IQ-MA,IQ-DQ,IQ-MU,IQ-QA")
    List<String> regions();

    /** ISO 3166 region assumed for phone numbers written without a country code. */
    @WithDefault("IQ")
    String phoneRegion();

    /** First part of every tracking number, e.g. {@code IQ} in {@code IQ-2026-7K3Q-9MZD}. */
    @WithDefault("IQ")
    String trackingPrefix();

    /**
     * The languages (BCP 47) the country's people are addressed in, for the labels frontends show:
     * Arabic, Kurdish (Sorani) and English in Iraq.
     */
    @WithDefault("ar,ckb,en")
    List<String> languages();

    /** The one of {@link #languages()} a frontend shows before its user chooses. */
    @WithDefault("ar")
    String defaultLanguage();

    /**
     * ISO 4217 code of the country's money: what a form proposes for a demand or a payment. A
     * demand may still name another currency (extortionists often ask for dollars).
     */
    @WithDefault("IQD")
    String currency();

    default boolean hasRegion(String code) {
        return regions().contains(code);
    }
}
