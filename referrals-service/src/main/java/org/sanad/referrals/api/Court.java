package org.sanad.referrals.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Court", description = "A court referrals can be addressed to (configuration data)")
public record Court(@Schema(example = "IQ-PMC") String code,
        @Schema(example = "Publishing and Media Court (Baghdad)") String nameEn,
        @Schema(example = "محكمة قضايا النشر والإعلام (بغداد)") String nameAr,
        @Schema(description = "The governorates whose cases it takes; `*` for all", example = "[\"*\"]") List<String> governorates,
        @Schema(description = "The court's time zone (IANA): its hearings are shown back at its own offset", example = "Asia/Baghdad")
        String timeZone) {

    /** The same court in {@code zone}: a catalogue entry without a zone of its own takes the catalogue's. */
    public Court in(String zone) {
        return new Court(code, nameEn, nameAr, governorates, zone);
    }

    public boolean serves(String governorate) {
        return governorates.contains("*") || governorates.contains(governorate);
    }
}
