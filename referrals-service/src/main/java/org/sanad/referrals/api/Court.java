package org.sanad.referrals.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Court", description = "A court referrals can be addressed to (configuration data)")
public record Court(@Schema(example = "IQ-PMC") String code,
        @Schema(example = "Publishing and Media Court (Baghdad)") String nameEn,
        @Schema(example = "محكمة قضايا النشر والإعلام (بغداد)") String nameAr,
        @Schema(description = "The governorates whose cases it takes; `*` for all", example = "[\"*\"]") List<String> governorates) {

    public boolean serves(String governorate) {
        return governorates.contains("*") || governorates.contains(governorate);
    }
}
