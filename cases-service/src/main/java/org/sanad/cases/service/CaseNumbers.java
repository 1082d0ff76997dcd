package org.sanad.cases.service;

import java.time.Year;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sanad.cases.rules.CaseNumberFormat;

/** Draws case numbers ({@link CaseNumberFormat}) from the database's one running sequence. */
@ApplicationScoped
public class CaseNumbers {

    @Inject
    EntityManager entityManager;

    public String next(String governorate) {
        long number = ((Number) entityManager.createNativeQuery("select nextval('case_number_seq')")
                .getSingleResult()).longValue();
        return CaseNumberFormat.format(governorate, Year.now(ZoneOffset.UTC).getValue(), number);
    }
}
