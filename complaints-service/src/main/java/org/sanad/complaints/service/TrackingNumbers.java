package org.sanad.complaints.service;

import java.security.SecureRandom;
import java.time.Year;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.commons.jurisdiction.Jurisdiction;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;

/**
 * Tracking numbers such as {@code IQ-2026-7K3Q-9MZD}: easy to read out over a phone (Crockford's
 * alphabet, no I, L, O or U), and 40 random bits so that one number says nothing about another.
 */
@ApplicationScoped
public class TrackingNumbers {

    @Inject
    Jurisdiction jurisdiction;

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();

    @Inject
    IntakeConfig config;

    public String next() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String candidate = jurisdiction.trackingPrefix() + "-" + Year.now(ZoneOffset.UTC) + "-" + group() + "-" + group();
            if (Complaint.findByTrackingNumber(candidate).isEmpty()) {
                return candidate;
            }
        }
        // 2^40 numbers a year: five collisions in a row mean something else is wrong
        throw new IllegalStateException("No free tracking number after " + ATTEMPTS + " attempts");
    }

    private String group() {
        char[] chars = new char[4];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }
}
