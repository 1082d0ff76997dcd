package org.sanad.referrals.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A suspect of the case, referred with their arrests and the charges against them (NIEM: subject, arrest, charge). */
public record Defendant(UUID suspectId, String name, List<String> aliases, List<Arrest> arrests, List<Charge> charges) {

    public record Arrest(Instant at, String place, String unit) {
    }

    /** A charge under a statute article of the catalogue, copied into the version as it was then. */
    public record Charge(String statuteCode, String law, String article, String titleEn, String titleAr) {
    }
}
