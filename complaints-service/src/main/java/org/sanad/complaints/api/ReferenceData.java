package org.sanad.complaints.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.HelpLineKind;

/**
 * What every frontend needs of the configured jurisdiction before its first screen, in all the
 * jurisdiction's languages at once (so the document does not vary by {@code Accept-Language}).
 */
@Schema(name = "ReferenceData", description = "The configured jurisdiction's reference data: its regions, the labels of "
        + "every enum of this contract, the evidence limits the service enforces, phone numbering, currency and help lines",
        example = ReferenceData.EXAMPLE)
public record ReferenceData(
        @Schema(description = "ISO 3166-1 alpha-2 code of the country served", example = "IQ") String jurisdiction,
        @Schema(description = "The language a frontend shows before its user chooses; one of languages", example = "ar")
        String defaultLanguage,
        @Schema(description = "The languages (BCP 47) every name and label below is given in, each with its own name")
        List<Language> languages,
        @Schema(description = "The governorates (regions) a complaint may belong to, in the configured order")
        List<Region> regions,
        @Schema(description = "For each enum of this contract, by its schema name, its values in declaration order "
                + "with their labels") Map<String, List<EnumValue>> enums,
        EvidenceLimits evidence,
        PhoneNumbering phone,
        @Schema(description = "ISO 4217 code of the country's money, for a demand's or a payment's form to propose; "
                + "a demand may name another", example = "IQD") String currency,
        @Schema(description = "The jurisdiction's help lines, in the configured order: to show on every page, and those "
                + "forSelfHarm first when the victim signals a risk of harming themselves") List<HelpLine> helpLines) {

    /** One language of the jurisdiction. */
    @Schema(name = "ReferenceLanguage")
    public record Language(
            @Schema(description = "BCP 47 tag", example = "ckb") String code,
            @Schema(description = "The language's name in itself", example = "کوردی") String name) {
    }

    /** A governorate or region and its name in each language. */
    @Schema(name = "ReferenceRegion")
    public record Region(
            @Schema(description = "ISO 3166-2 code, the value of a complaint's governorate", example = "IQ-BG") String code,
            @Schema(description = "Its name by language code") Map<String, String> names) {
    }

    /** One value of an enum and its label in each language. */
    @Schema(name = "ReferenceEnumValue")
    public record EnumValue(
            @Schema(description = "The value as requests and responses carry it", example = "UNDER_REVIEW") String value,
            @Schema(description = "Its label by language code") Map<String, String> labels) {
    }

    /** The limits an evidence upload meets, as the service enforces them. */
    @Schema(name = "ReferenceEvidenceLimits")
    public record EvidenceLimits(
            @Schema(description = "Largest file, in bytes (413 above it)", example = "26214400") long maxFileBytes,
            @Schema(description = "All of one complaint's files together, in bytes", example = "524288000")
            long maxBytesPerComplaint,
            @Schema(description = "Most files one complaint carries (409 limit-reached past it)", example = "200")
            int maxFilesPerComplaint,
            @Schema(description = "The media types an upload may declare, sorted; the bytes must match the type")
            List<String> allowedMediaTypes,
            @Schema(description = "Evidence bytes one source address may upload to anonymous complaints per period",
                    example = "1073741824") long anonymousBytesPerSource,
            @Schema(description = "That period, ISO 8601", example = "PT24H") String anonymousBytesPeriod) {
    }

    /** How phone numbers are written where the jurisdiction is; a number without a country code is taken as its. */
    @Schema(name = "ReferencePhoneNumbering")
    public record PhoneNumbering(
            @Schema(description = "ISO 3166 region of numbers written without a country code", example = "IQ") String region,
            @Schema(description = "E.164 country calling code", example = "964") int countryCode,
            @Schema(description = "Trunk prefix of national numbers; empty where there is none", example = "0")
            String nationalPrefix,
            @Schema(description = "A mobile number in E.164, as the service stores it", example = "+9647912345678")
            String example,
            @Schema(description = "The same number as written in the country; the service reads both",
                    example = "0791 234 5678") String exampleNational) {
    }

    /** A number a victim can call for help, as the deployment configures it (intake.help-lines). */
    @Schema(name = "ReferenceHelpLine")
    public record HelpLine(
            @Schema(description = "Stable within the jurisdiction", example = "community-police") String id,
            HelpLineKind kind,
            @Schema(description = "What to dial: a short code, or a number with its country code", example = "497")
            String number,
            @Schema(description = "Its name by language code") Map<String, String> labels,
            @Schema(description = "When it answers, by language code; null when not stated") @Nullable Map<String, String> hours,
            @Schema(description = "It answers at every hour of every day; false when that is not known") boolean alwaysOpen,
            @Schema(description = "A line to show first, before anything else, when the victim signals a risk of harming "
                    + "themselves") boolean forSelfHarm) {
    }

    /** Shortened: two regions, one enum and one help line of Iraq's document. */
    static final String EXAMPLE = """
            {"jurisdiction":"IQ","defaultLanguage":"ar",\
            "languages":[{"code":"ar","name":"العربية"},{"code":"ckb","name":"کوردی"},{"code":"en","name":"English"}],\
            "regions":[{"code":"IQ-BG","names":{"ar":"بغداد","ckb":"بەغدا","en":"Baghdad"}},\
            {"code":"IQ-AR","names":{"ar":"أربيل","ckb":"هەولێر","en":"Erbil"}}],\
            "enums":{"Priority":[{"value":"LOW","labels":{"ar":"منخفضة","ckb":"نزم","en":"Low"}},\
            {"value":"MEDIUM","labels":{"ar":"متوسطة","ckb":"مامناوەند","en":"Medium"}},\
            {"value":"HIGH","labels":{"ar":"عالية","ckb":"بەرز","en":"High"}},\
            {"value":"CRITICAL","labels":{"ar":"حرجة","ckb":"زۆر بەپەلە","en":"Critical"}}]},\
            "evidence":{"maxFileBytes":26214400,"maxBytesPerComplaint":524288000,"maxFilesPerComplaint":200,\
            "allowedMediaTypes":["application/pdf","image/jpeg","image/png"],\
            "anonymousBytesPerSource":1073741824,"anonymousBytesPeriod":"PT24H"},\
            "phone":{"region":"IQ","countryCode":964,"nationalPrefix":"0","example":"+9647912345678",\
            "exampleNational":"0791 234 5678"},"currency":"IQD",\
            "helpLines":[{"id":"community-police","kind":"POLICE","number":"497",\
            "labels":{"ar":"الشرطة المجتمعية","ckb":"پۆلیسی کۆمەڵگا","en":"Community police"},\
            "hours":null,"alwaysOpen":true,"forSelfHarm":false}]}""";
}
