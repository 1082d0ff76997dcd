package org.sanad.courtsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;

class ClientAssertionTest {

    private static final String TOKEN_URL = "http://localhost:8180/realms/sanad/protocol/openid-connect/token";

    @Test
    void anRsaKeySignsAnRs256AssertionForTheTokenEndpoint() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("court-rsa").generate();

        SignedJWT assertion = SignedJWT.parse(ClientAssertion.sign("court-iq-pmc-jwt", TOKEN_URL, key));

        assertEquals(JWSAlgorithm.RS256, assertion.getHeader().getAlgorithm());
        assertEquals("court-rsa", assertion.getHeader().getKeyID());
        assertTrue(assertion.verify(new RSASSAVerifier(key.toPublicJWK())));
        assertEquals("court-iq-pmc-jwt", assertion.getJWTClaimsSet().getIssuer());
        assertEquals("court-iq-pmc-jwt", assertion.getJWTClaimsSet().getSubject());
        assertEquals(List.of(TOKEN_URL), assertion.getJWTClaimsSet().getAudience());
        Instant expiry = assertion.getJWTClaimsSet().getExpirationTime().toInstant();
        assertTrue(expiry.isAfter(Instant.now()) && expiry.isBefore(Instant.now().plus(Duration.ofMinutes(2))), "expires " + expiry);
    }

    @Test
    void aP256KeySignsAnEs256AssertionWithAFreshJtiEachTime() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID("court-ec").generate();

        SignedJWT first = SignedJWT.parse(ClientAssertion.sign("court", TOKEN_URL, key));
        SignedJWT second = SignedJWT.parse(ClientAssertion.sign("court", TOKEN_URL, key));

        assertEquals(JWSAlgorithm.ES256, first.getHeader().getAlgorithm());
        assertTrue(first.verify(new ECDSAVerifier(key.toPublicJWK())));
        assertNotEquals(first.getJWTClaimsSet().getJWTID(), second.getJWTClaimsSet().getJWTID());
    }

    @Test
    void aPublicKeyAloneCannotSign() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).generate().toPublicJWK();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ClientAssertion.sign("court", TOKEN_URL, key));
        assertTrue(refused.getMessage().contains("no private part"), refused.getMessage());
    }
}
