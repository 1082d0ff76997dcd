package org.sanad.courtsignature;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

/** Signs referral versions with one private P-256 key (ES256); the key id is its RFC 7638 thumbprint. */
public final class ReferralSigner {

    private final ECKey key;

    private final String kid;

    private final ECDSASigner signer;

    public ReferralSigner(ECKey key) {
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("A signing key needs its private part (d)");
        }
        this.kid = SigningKeys.thumbprint(key);
        this.key = key;
        try {
            this.signer = new ECDSASigner(key);
            assertHalvesMatch(key, signer);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Not a P-256 signing key: " + e.getMessage(), e);
        }
    }

    /**
     * A JWK whose private part is not its public part's (a key pasted together from two) would sign
     * versions nobody can verify: it is refused before it signs anything.
     */
    private static void assertHalvesMatch(ECKey key, ECDSASigner signer) throws JOSEException {
        JWSObject probe = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload("probe"));
        probe.sign(signer);
        if (!probe.verify(new ECDSAVerifier(key.toPublicJWK()))) {
            throw new IllegalArgumentException("The signing key's private part (d) does not belong to its public part (x, y)");
        }
    }

    public String kid() {
        return kid;
    }

    /** The public half, as published in the JWKS. */
    public ECKey publicKey() {
        return key.toPublicJWK();
    }

    /** Signs the version as the court will read it (any {@link SignedContent#UNSIGNED_MEMBERS} are left out). */
    public ReferralSignature sign(JsonNode version) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(),
                new Payload(SignedContent.canonical(version)));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("ES256 signing failed: " + e.getMessage(), e);
        }
        return ReferralSignature.es256(jws.serialize(true), kid);
    }
}
