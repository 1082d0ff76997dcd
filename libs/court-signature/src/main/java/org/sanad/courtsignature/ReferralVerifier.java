package org.sanad.courtsignature;

import java.text.ParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

/**
 * Checks a referral version as a court received it against the published keys, offline: the JSON
 * of the version (its {@code signature} member included) and the JWKS are all it needs.
 */
public final class ReferralVerifier {

    private final JWKSet keys;

    public ReferralVerifier(JWKSet keys) {
        this.keys = keys;
    }

    /** @param jwks the JWKS as published ({@code GET /court/jwks}) */
    public static ReferralVerifier of(String jwks) {
        try {
            return new ReferralVerifier(JWKSet.parse(jwks));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not a JWK Set: " + e.getMessage(), e);
        }
    }

    /**
     * @param version the version's JSON as received
     * @return the id of the key that signed it
     * @throws Rejected why the version does not verify: no signature, an unknown key, or a
     *         signature that does not match the content
     */
    public String verify(JsonNode version) throws Rejected {
        JsonNode signature = version.path("signature");
        String jwsText = signature.path("jws").asText(null);
        if (jwsText == null) {
            throw new Rejected("The version carries no signature");
        }
        if (!ReferralSignature.CANONICALIZATION.equals(signature.path("canonicalization").asText())) {
            throw new Rejected("Unknown canonicalization: " + signature.path("canonicalization").asText());
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(jwsText, new Payload(SignedContent.canonical(version)));
        } catch (ParseException e) {
            throw new Rejected("The signature is not a detached compact JWS: " + e.getMessage());
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            throw new Rejected("Not an ES256 signature: " + jws.getHeader().getAlgorithm());
        }
        String kid = jws.getHeader().getKeyID();
        if (kid == null || !kid.equals(signature.path("kid").asText())) {
            throw new Rejected("The JWS header's kid is not the signature's kid");
        }
        JWK key = keys.getKeyByKeyId(kid);
        if (!(key instanceof ECKey ec) || !kid.equals(SigningKeys.thumbprint(ec))) {
            throw new Rejected("No published key " + kid);
        }
        try {
            if (!jws.verify(new ECDSAVerifier(ec.toPublicJWK()))) {
                throw new Rejected("The signature does not match the content");
            }
        } catch (JOSEException e) {
            throw new Rejected("The signature could not be checked: " + e.getMessage());
        }
        return kid;
    }

    /** A version that does not verify, and why. */
    public static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        public Rejected(String reason) {
            super(reason);
        }
    }
}
