package org.sanad.cases.service;

import java.time.Year;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Case numbers such as {@code BG-2026-00042}: the governorate, the year, a running number. */
@ApplicationScoped
public class CaseNumbers {

    @Inject
    EntityManager entityManager;

    public String next(String governorate) {
        long number = ((Number) entityManager.createNativeQuery("select nextval('case_number_seq')")
                .getSingleResult()).longValue();
        String region = governorate.contains("-") ? governorate.substring(governorate.indexOf('-') + 1) : governorate;
        return String.format("%s-%d-%05d", region, Year.now(ZoneOffset.UTC).getValue(), number);
    }
}
