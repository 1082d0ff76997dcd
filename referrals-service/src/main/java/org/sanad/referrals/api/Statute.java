package org.sanad.referrals.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Statute", description = "A statute article charges cite (configuration data, cited to its source)")
public record Statute(String code, String law, String lawAr, String article, String titleEn, String titleAr,
        String source) {
}
