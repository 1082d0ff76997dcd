package org.sanad.referrals.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A suspect of the case, referred with their arrests and the charges against them (NIEM: subject, arrest, charge). */
public record Defendant(UUID suspectId, @Schema(example = "مجهول يستخدم الاسم الوردة السوداء") String name,
        @Schema(example = "[\"الوردة السوداء\"]") List<String> aliases, List<Arrest> arrests, List<Charge> charges) {

    @Schema(name = "Arrest")
    public record Arrest(Instant at, @Schema(example = "بغداد، الكرادة") @Nullable String place,
            @Schema(example = "مديرية مكافحة الجرائم الإلكترونية") @Nullable String unit) {
    }

    /** A charge under a statute article of the catalogue, copied into the version as it was then. */
    public record Charge(@Schema(example = "IQ-PC-430") String statuteCode,
            @Schema(example = "Iraqi Penal Code No. 111 of 1969 (as amended)") String law, @Schema(example = "430") String article,
            @Schema(example = "Threat to commit a felony, or to impute or disclose dishonouring matters, with a demand") String titleEn,
            @Schema(example = "التهديد بارتكاب جناية أو بإسناد أمور مخدشة بالشرف أو إفشائها مصحوباً بطلب") String titleAr) {
    }
}
