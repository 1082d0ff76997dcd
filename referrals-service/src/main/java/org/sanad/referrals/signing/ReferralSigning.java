package org.sanad.referrals.signing;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.http.CachedDocument;
import org.sanad.courtsignature.ReferralSignature;
import org.sanad.courtsignature.SignedContent;
import org.sanad.courtsignature.SigningKeys;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.api.SigningKeySet;
import org.sanad.referrals.config.ReferralsConfig;
import org.sanad.referrals.domain.ReferralVersion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;

import io.quarkus.runtime.Startup;

/**
 * Signs each version once, when it is submitted, with the current key of
 * {@code referrals.signing}; publishes the current and retired public keys. The keys are read at
 * start, so a service with a missing or broken key does not start.
 */
@Startup
@ApplicationScoped
public class ReferralSigning {

    private final SigningKeys keys;

    private final ObjectMapper json;

    /** The JWKS as served: its JSON and a strong ETag, the SHA-256 of that JSON. */
    private final CachedDocument published;

    @Inject
    public ReferralSigning(ReferralsConfig config, ObjectMapper json) {
        this.keys = SigningKeys.parse(config.signing().key(), config.signing().retiredKeys().orElse(null));
        this.json = json;
        SigningKeySet set = new SigningKeySet(keys.published().getKeys().stream().map(key -> (ECKey) key)
                .map(key -> new SigningKeySet.Key(key.getKeyType().getValue(), key.getCurve().getName(), key.getKeyID(),
                        key.getKeyUse().identifier(), key.getAlgorithm().getName(), key.getX().toString(),
                        key.getY().toString()))
                .toList());
        this.published = CachedDocument.of(write(set).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs the version as the court will read it ({@code view}, the version's court view at
     * submission) and keeps the signature with it.
     */
    public void sign(ReferralVersion version, ReferralView view) {
        try {
            ReferralSignature signature = keys.current().sign(json.readTree(write(view)));
            version.signatureJws = signature.jws();
            version.signatureKid = signature.kid();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A referral view that does not read back as JSON", e);
        }
    }

    /** The SHA-256 (hex) of the bytes a version's signature covers, as a court recomputes it from this view. */
    public String signedSha256(ReferralView view) {
        try {
            return SignedContent.sha256(json.readTree(write(view)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A referral view that does not read back as JSON", e);
        }
    }

    public CachedDocument published() {
        return published;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view that cannot be written as JSON: " + value.getClass().getSimpleName(), e);
        }
    }
}
