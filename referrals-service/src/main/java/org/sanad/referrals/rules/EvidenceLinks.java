package org.sanad.referrals.rules;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.problem.ProblemException;
import org.sanad.referrals.config.ReferralsConfig;

/**
 * Short-lived evidence links: the referral, the item, the court and the expiry, signed with
 * HMAC-SHA256. A link is worth nothing to another court, after its expiry, or with one
 * character changed.
 */
@ApplicationScoped
public class EvidenceLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public record Grant(UUID referralId, UUID itemId, String court, Instant expiresAt) {
    }

    private final SecretKeySpec key;
    private final Duration ttl;

    @Inject
    public EvidenceLinks(ReferralsConfig config) {
        this(config.evidenceLinks().secret(), config.evidenceLinks().ttl());
    }

    EvidenceLinks(String secret, Duration ttl) {
        if (secret.length() < 32) {
            throw new IllegalStateException("referrals.evidence-links.secret must be at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.ttl = ttl;
    }

    public Grant grant(UUID referralId, UUID itemId, String court, Instant now) {
        return new Grant(referralId, itemId, court, now.plus(ttl));
    }

    public String sign(Grant grant) {
        String payload = ENCODER.encodeToString((grant.referralId() + "|" + grant.itemId() + "|" + grant.court() + "|"
                + grant.expiresAt().getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The grant a link carries, if it is genuine, unexpired and for {@code court}; otherwise 403. */
    public Grant verify(String token, String court, Instant now) {
        Grant grant = read(token);
        if (!grant.court().equals(court) || !now.isBefore(grant.expiresAt())) {
            throw ProblemException.forbidden("evidence.link.invalid");
        }
        return grant;
    }

    private Grant read(String token) {
        try {
            int dot = token.indexOf('.');
            String payload = token.substring(0, dot);
            if (!MessageDigest.isEqual(mac(payload), DECODER.decode(token.substring(dot + 1)))) {
                throw ProblemException.forbidden("evidence.link.invalid");
            }
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|", -1);
            return new Grant(UUID.fromString(parts[0]), UUID.fromString(parts[1]), parts[2],
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ProblemException.forbidden("evidence.link.invalid");
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
