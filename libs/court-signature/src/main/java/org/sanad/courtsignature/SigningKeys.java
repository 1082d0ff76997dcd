package org.sanad.courtsignature;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

/**
 * The signing keys: the current private key, which signs every new version, and the retired public
 * keys, which signed older versions and stay published so those still verify. Each key's id is its
 * RFC 7638 thumbprint, so an id cannot name two keys.
 */
public final class SigningKeys {

    private final ReferralSigner current;

    private final List<ECKey> retired;

    private SigningKeys(ReferralSigner current, List<ECKey> retired) {
        this.current = current;
        this.retired = retired;
    }

    /**
     * @param currentJwk the current key, a private EC P-256 JWK (JSON)
     * @param retiredJwks the retired keys, a JWK Set (JSON) of public (or private: only the public
     *        part is kept) EC P-256 keys; null or blank for none
     */
    public static SigningKeys parse(String currentJwk, String retiredJwks) {
        ECKey current = p256(parseKey(currentJwk));
        List<ECKey> retired = new ArrayList<>();
        if (retiredJwks != null && !retiredJwks.isBlank()) {
            try {
                for (JWK key : JWKSet.parse(retiredJwks).getKeys()) {
                    retired.add(p256(key).toPublicJWK());
                }
            } catch (ParseException e) {
                throw new IllegalArgumentException("The retired signing keys are not a JWK Set: " + e.getMessage(), e);
            }
        }
        String currentKid = thumbprint(current);
        retired.removeIf(key -> thumbprint(key).equals(currentKid));
        return new SigningKeys(new ReferralSigner(current), List.copyOf(retired));
    }

    public ReferralSigner current() {
        return current;
    }

    /** The public keys a court verifies with, the current one first; each with its kid, use "sig" and alg ES256. */
    public JWKSet published() {
        List<JWK> keys = new ArrayList<>();
        keys.add(published(current.publicKey()));
        retired.forEach(key -> keys.add(published(key)));
        return new JWKSet(keys);
    }

    /** The RFC 7638 thumbprint (SHA-256, base64url) of a key. */
    public static String thumbprint(JWK key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static JWK published(ECKey key) {
        return new ECKey.Builder(key.toPublicJWK()).keyID(thumbprint(key)).keyUse(KeyUse.SIGNATURE)
                .algorithm(com.nimbusds.jose.JWSAlgorithm.ES256).build();
    }

    private static JWK parseKey(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("No signing key: a private EC P-256 JWK is required");
        }
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("The signing key is not a JWK: " + e.getMessage(), e);
        }
    }

    private static ECKey p256(JWK key) {
        if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw new IllegalArgumentException("A signing key is an EC key on P-256 (ES256), not " + key.getKeyType());
        }
        return ec;
    }
}
