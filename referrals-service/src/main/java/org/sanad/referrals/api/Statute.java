package org.sanad.referrals.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Statute", description = "A statute article charges cite (configuration data, cited to its source)")
public record Statute(@Schema(example = "IQ-PC-430") String code,
        @Schema(example = "Iraqi Penal Code No. 111 of 1969 (as amended)") String law,
        @Schema(example = "قانون العقوبات العراقي رقم 111 لسنة 1969 المعدل") String lawAr,
        @Schema(example = "430") String article,
        @Schema(example = "Threat to commit a felony, or to impute or disclose dishonouring matters, with a demand") String titleEn,
        @Schema(example = "التهديد بارتكاب جناية أو بإسناد أمور مخدشة بالشرف أو إفشائها مصحوباً بطلب") String titleAr,
        @Schema(example = "Al-Waqai al-Iraqiya (Official Gazette) No. 1778 of 15-12-1969") String source) {
}
