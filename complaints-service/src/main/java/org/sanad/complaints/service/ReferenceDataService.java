package org.sanad.complaints.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.sanad.complaints.api.ReferenceData;
import org.sanad.complaints.client.ComplaintDelivery;
import org.sanad.complaints.config.HelpLines;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.mapping.ContractEnums;
import org.sanad.complaints.mapping.ReferenceLabels;
import org.sanad.core.http.CachedDocument;
import org.sanad.kernel.identifiers.IdentifierNormaliser;
import org.sanad.kernel.identifiers.PhoneNumbering;
import org.sanad.kernel.jurisdiction.Jurisdiction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * The reference data of the configured jurisdiction, built once at start from the configuration
 * the service enforces (the jurisdiction, {@code intake.evidence.*}, the identifier normaliser),
 * the label files and the help lines ({@code intake.help-lines}). A jurisdiction the labels do not
 * cover (a language without its file, a region, an enum value or a help line without its label)
 * stops the service at start: a frontend would otherwise show a code where a victim expects a word.
 */
@ApplicationScoped
public class ReferenceDataService {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** The languages' codes name the label files, so they are BCP 47 primary tags and nothing else. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    IntakeConfig intake;

    @Inject
    IdentifierNormaliser normaliser;

    @Inject
    ObjectMapper json;

    @Inject
    BeanManager beans;

    private volatile CachedDocument published;
    private volatile List<ReferenceData.HelpLine> helpLines;

    void publish(@Observes StartupEvent started) throws JsonProcessingException {
        ReferenceData data = build();
        helpLines = data.helpLines();
        published = CachedDocument.of(json.writeValueAsBytes(data));
    }

    /** The document of this configuration; it changes only with the configuration, at a restart. */
    public CachedDocument current() {
        return published;
    }

    /**
     * The language of the jurisdiction a caller reads best: the first of {@code acceptable} (its
     * Accept-Language, in preference order) that the jurisdiction speaks, or else its default.
     */
    public String languageFor(Supplier<List<Locale>> acceptable) {
        List<Locale> preferred;
        try {
            preferred = acceptable.get();
        } catch (RuntimeException unreadable) {
            // a q that is no number: as if the header were absent
            preferred = List.of();
        }
        return preferred.stream().map(Locale::getLanguage).filter(jurisdiction.languages()::contains).findFirst()
                .orElse(jurisdiction.defaultLanguage());
    }

    /**
     * The help lines to show a victim at risk at once: those for self-harm first, then the others,
     * each in the configured order, their labels and hours in {@code language} only.
     */
    public List<ReferenceData.HelpLine> helpLinesForVictimAtRisk(String language) {
        return helpLines.stream().sorted(Comparator.comparing(line -> !line.forSelfHarm()))
                .map(line -> new ReferenceData.HelpLine(line.id(), line.kind(), line.number(),
                        Map.of(language, line.labels().get(language)),
                        line.hours() == null ? null : Map.of(language, line.hours().get(language)),
                        line.alwaysOpen(), line.forSelfHarm()))
                .toList();
    }

    private ReferenceData build() {
        List<String> gaps = new ArrayList<>();
        checkJurisdiction(gaps);
        ReferenceLabels labels = new ReferenceLabels(jurisdiction.languages());
        Map<String, String> languageNames = labels.of("language.name");
        List<ReferenceData.Language> languages = jurisdiction.languages().stream()
                .map(code -> new ReferenceData.Language(code, languageNames.get(code))).toList();
        List<ReferenceData.Region> regions = jurisdiction.regions().stream()
                .map(code -> new ReferenceData.Region(code, labels.of("region." + code))).toList();
        Map<String, List<ReferenceData.EnumValue>> enums = new LinkedHashMap<>();
        contractEnums().forEach((name, type) -> enums.put(name, Stream.of(type.getEnumConstants())
                .map(value -> new ReferenceData.EnumValue(value.name(), labels.of("enum." + name + "." + value.name())))
                .toList()));
        List<ReferenceData.HelpLine> helpLines = HelpLines.read(helpLinesLocation(), json)
                .in(jurisdiction.code(), jurisdiction.languages(), gaps);
        gaps.addAll(labels.missing());
        if (!gaps.isEmpty()) {
            throw new IllegalStateException("The reference data of jurisdiction " + jurisdiction.code()
                    + " is incomplete (messages/labels_<language>.properties, jurisdiction.*, intake.help-lines): "
                    + String.join("; ", gaps));
        }
        return new ReferenceData(jurisdiction.code(), jurisdiction.defaultLanguage(), languages, regions, enums,
                evidenceLimits(), phoneNumbering(), jurisdiction.currency(), helpLines);
    }

    private String helpLinesLocation() {
        return intake.helpLines().orElse("help-lines/" + jurisdiction.code().toLowerCase(Locale.ROOT) + ".json");
    }

    private void checkJurisdiction(List<String> gaps) {
        if (!COUNTRY.matcher(jurisdiction.code()).matches()) {
            gaps.add("jurisdiction.code " + jurisdiction.code() + " is no ISO 3166-1 alpha-2 code");
        }
        jurisdiction.regions().stream().filter(region -> !region.startsWith(jurisdiction.code() + "-"))
                .forEach(region -> gaps.add("region " + region + " is not of " + jurisdiction.code()));
        Set<String> seen = new HashSet<>();
        for (String language : jurisdiction.languages()) {
            if (!LANGUAGE.matcher(language).matches() || !seen.add(language)) {
                gaps.add("jurisdiction.languages holds " + language + " twice or not as a lower-case language code");
            }
        }
        if (!jurisdiction.languages().contains(jurisdiction.defaultLanguage())) {
            gaps.add("jurisdiction.default-language " + jurisdiction.defaultLanguage() + " is not in jurisdiction.languages");
        }
        try {
            Currency.getInstance(jurisdiction.currency());
        } catch (IllegalArgumentException unknown) {
            gaps.add("jurisdiction.currency " + jurisdiction.currency() + " is no ISO 4217 code");
        }
    }

    /** The enums of every operation this service answers: its resources are beans. */
    private SortedMap<String, Class<? extends Enum<?>>> contractEnums() {
        List<Class<?>> resources = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().<Class<?>> map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class)).toList();
        return ContractEnums.of(resources);
    }

    private ReferenceData.EvidenceLimits evidenceLimits() {
        IntakeConfig.EvidenceRules evidence = intake.evidence();
        IntakeConfig.RateLimits rates = intake.rateLimits();
        return new ReferenceData.EvidenceLimits(evidence.maxBytes(), evidence.maxBytesPerComplaint(),
                ComplaintDelivery.MAX_EVIDENCE, evidence.allowedContentTypes().stream().sorted().toList(),
                rates.uploadBytesPerSource(), rates.uploadBytesPerSourcePeriod().toString());
    }

    private ReferenceData.PhoneNumbering phoneNumbering() {
        PhoneNumbering numbering = normaliser.numbering();
        return new ReferenceData.PhoneNumbering(numbering.region(), numbering.countryCode(), numbering.nationalPrefix(),
                numbering.example(), numbering.exampleNational());
    }
}
