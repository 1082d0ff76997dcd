package org.sanad.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keyed hashes (HMAC-SHA-256) of encrypted values, for the look-ups that need equality on them: a
 * victim's phone, a word of an officer's note. Equal values give equal indexes, so a look-up is an
 * indexed equality; without the key the index reveals nothing but that equality. Each index has a
 * purpose, so the same value indexed for two uses gives two unrelated hashes.
 */
@ApplicationScoped
public class BlindIndex {

    /** Bytes of the HMAC kept: 16, enough that distinct values never meet in practice. */
    private static final int KEPT_BYTES = 16;

    private final SecretKeySpec key;

    /**
     * One HMAC per thread, set up with the key once: looking the algorithm up among the providers
     * and initialising it with the key for each value cost more than hashing a phone number or a
     * word; {@code doFinal} leaves it ready for the next value.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Inject
    public BlindIndex(PersonalDataConfig config) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(config.indexKey().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sanad.personal-data.index-key is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("sanad.personal-data.index-key must be 32 bytes, is " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The index of {@code value} (already normalised by the caller) for {@code purpose}. */
    public String of(String purpose, String value) {
        if (value == null) {
            return null;
        }
        Mac mac = macs.get();
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] hash = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, KEPT_BYTES));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The indexes of the words of {@code text}, each folded by {@code fold} first (words are runs
     * of letters and digits), without repeats: to find a record whose note holds a word.
     */
    public List<String> words(String purpose, String text, UnaryOperator<String> fold) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> indexes = new LinkedHashSet<>();
        for (String word : fold.apply(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                indexes.add(of(purpose, word));
            }
        }
        return List.copyOf(indexes);
    }
}
