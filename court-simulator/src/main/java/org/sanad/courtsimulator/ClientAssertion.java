package org.sanad.courtsimulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * private_key_jwt (RFC 7523 section 2.2, OpenID Connect Core section 9): instead of a secret, the
 * court proves who it is with a short-lived JWT signed by its own private key, whose public half
 * the identity provider holds. RS256 for an RSA key, ES256 for a P-256 key.
 */
final class ClientAssertion {

    static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /** Long enough for one token request, short enough that a copied assertion is soon worthless. */
    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private ClientAssertion() {
    }

    /**
     * @param clientId the court's client id: the assertion's issuer and subject
     * @param tokenUrl the token endpoint: the assertion's audience
     * @param key the court's private key (RSA, or EC on P-256); its {@code kid}, if any, names it
     */
    static String sign(String clientId, String tokenUrl, JWK key) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(tokenUrl)
                // a fresh jti each time: the identity provider refuses an assertion it has seen
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm(key)).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(signer(key));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The private key could not sign the client assertion: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    private static JWSAlgorithm algorithm(JWK key) {
        if (key instanceof RSAKey) {
            return JWSAlgorithm.RS256;
        }
        if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return JWSAlgorithm.ES256;
        }
        throw new IllegalArgumentException("A client key is RSA (RS256) or EC on P-256 (ES256), not " + key.getKeyType());
    }

    private static JWSSigner signer(JWK key) throws JOSEException {
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("The client key has no private part: give the private JWK");
        }
        return key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
    }
}
