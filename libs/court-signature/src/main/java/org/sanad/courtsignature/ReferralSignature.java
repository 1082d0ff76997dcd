package org.sanad.courtsignature;

import java.nio.charset.StandardCharsets;

/**
 * A version's signature as the court receives it: a detached JWS in compact form
 * ({@code header..signature}, RFC 7515 Appendix F) over {@link SignedContent}'s bytes.
 *
 * @param jws the detached JWS; its header names {@code alg} and {@code kid}
 * @param kid the signing key's RFC 7638 thumbprint, as in the JWKS
 * @param alg the JWS algorithm, {@value #ALG}
 * @param canonicalization how the signed JSON was made bytes, {@value #CANONICALIZATION}
 */
public record ReferralSignature(String jws, String kid, String alg, String canonicalization) {

    public static final String ALG = "ES256";

    public static final String CANONICALIZATION = "RFC8785";

    public static ReferralSignature es256(String jws, String kid) {
        return new ReferralSignature(jws, kid, ALG, CANONICALIZATION);
    }

    /** The SHA-256 of the JWS text, in hex: printed on paper beside the key's id. */
    public String jwsSha256() {
        return SignedContent.sha256Hex(jws.getBytes(StandardCharsets.US_ASCII));
    }
}
