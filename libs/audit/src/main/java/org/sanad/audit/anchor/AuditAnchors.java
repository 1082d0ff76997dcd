package org.sanad.audit.anchor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sanad.core.time.Timestamps;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The audit chain's heads kept outside the database: after a walk finds the chain intact, its head
 * (position, hash, time) is signed with HMAC-SHA256 under a key the service holds from its Secret,
 * which the database's owners do not, and written to the configured {@link AuditAnchorSink}. The
 * next walks compare the chain with the newest anchor whose signature holds: a chain rewritten
 * consistently inside the database no longer has that hash at that position. Anchors are named
 * {@code <Long.MAX_VALUE - position, 19 digits>.json}, so the newest sorts first and a listing of
 * one finds it.
 */
@ApplicationScoped
public class AuditAnchors {

    static final String SUFFIX = ".json";

    /** Anchors looked at, newest first, for one whose signature holds. */
    private static final int LOOKED_AT = 20;
    private static final int SHORTEST_KEY = 32;
    private static final String SIGNED_FORMAT = "sanad-audit-anchor/1";

    @Inject
    Instance<AuditAnchorSink> sinks;

    @Inject
    AuditAnchorConfig config;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** One signed head, as stored in the sink. */
    public record Anchor(String service, long sequence, String headHash, Instant anchoredAt, String keyId, String signature) {
    }

    /**
     * What the sink holds for the walk: the newest anchor whose signature holds (empty when none
     * was written yet), the positions claimed by newer anchors whose signature does not hold, and
     * whether the sink could be read at all.
     */
    public record Anchored(Optional<Anchor> newest, List<Long> forged, boolean readable) {

        static final Anchored UNREADABLE = new Anchored(Optional.empty(), List.of(), false);
    }

    void checkKeys(@Observes StartupEvent started) {
        if (enabled()) {
            signingKey();
            config.keys().keySet().forEach(this::key);
        } else if (LaunchMode.current() == LaunchMode.NORMAL) {
            Log.warn("The audit chain's head is anchored nowhere outside the database (sanad.audit.anchor.sink=none): "
                    + "a consistent rewrite of the whole chain would not be found");
        }
    }

    /** Whether a sink is configured ({@code sanad.audit.anchor.sink} other than {@code none}). */
    public boolean enabled() {
        return sinks.isResolvable();
    }

    /** Reads the newest anchors; never throws: an unreadable sink is reported, not a broken chain. */
    public Anchored read() {
        List<byte[]> stored;
        try {
            stored = sinks.get().first(service, LOOKED_AT);
        } catch (RuntimeException e) {
            Log.warnf("Audit anchors could not be read from the %s sink: %s", config.sink(), e.toString());
            return Anchored.UNREADABLE;
        }
        List<Long> forged = new ArrayList<>();
        for (byte[] bytes : stored) {
            Anchor anchor;
            try {
                anchor = json.readValue(bytes, Anchor.class);
            } catch (IOException unreadable) {
                forged.add(0L);
                continue;
            }
            if (holds(anchor)) {
                return new Anchored(Optional.of(anchor), forged, true);
            }
            forged.add(anchor.sequence());
        }
        return new Anchored(Optional.empty(), forged, true);
    }

    /** Signs and stores the head of an intact walk; a sink that fails is logged and tried again at the next walk. */
    public void anchor(long sequence, String headHash) {
        String keyId = config.signingKeyId().orElseThrow();
        Instant now = Timestamps.now();
        Anchor anchor = new Anchor(service, sequence, headHash, now, keyId,
                Base64.getEncoder().encodeToString(sign(keyId, service, sequence, headHash, now)));
        try {
            sinks.get().write(service, String.format("%019d", Long.MAX_VALUE - sequence) + SUFFIX, json.writeValueAsBytes(anchor));
            Log.debugf("Audit chain head %d anchored in the %s sink", sequence, config.sink());
        } catch (IOException | RuntimeException e) {
            Log.warnf("Audit chain head %d could not be anchored in the %s sink: %s", sequence, config.sink(), e.toString());
        }
    }

    private boolean holds(Anchor anchor) {
        if (!service.equals(anchor.service()) || anchor.keyId() == null || !config.keys().containsKey(anchor.keyId())
                || anchor.signature() == null || anchor.headHash() == null || anchor.anchoredAt() == null) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(anchor.signature());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(claimed,
                sign(anchor.keyId(), anchor.service(), anchor.sequence(), anchor.headHash(), anchor.anchoredAt()));
    }

    private byte[] sign(String keyId, String service, long sequence, String headHash, Instant at) {
        String signed = String.join("\n", SIGNED_FORMAT, service, Long.toString(sequence), headHash, at.toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(keyId), "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] signingKey() {
        return key(config.signingKeyId().orElseThrow(() -> new IllegalStateException(
                "sanad.audit.anchor.sink=" + config.sink() + " needs sanad.audit.anchor.signing-key-id")));
    }

    private byte[] key(String keyId) {
        String encoded = config.keys().get(keyId);
        if (encoded == null) {
            throw new IllegalStateException("sanad.audit.anchor.keys." + keyId + " is not set");
        }
        byte[] key = Base64.getDecoder().decode(encoded.strip());
        if (key.length < SHORTEST_KEY) {
            throw new IllegalStateException("sanad.audit.anchor.keys." + keyId + " must be at least " + SHORTEST_KEY + " bytes");
        }
        return key;
    }
}
