package org.sanad.referrals.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public keys referral versions are signed with: a JWK Set (RFC 7517 §5). */
@Schema(name = "SigningKeySet", description = "A JWK Set: the current signing key first, then the retired keys that signed older versions")
public record SigningKeySet(List<Key> keys) {

    @Schema(name = "SigningKey", description = "A public EC P-256 key (RFC 7517, RFC 7518 §6.2)")
    public record Key(@Schema(example = "EC") String kty, @Schema(example = "P-256") String crv,
            @Schema(description = "The RFC 7638 thumbprint of the key, as named by a signature's kid",
                    example = "gmq7iMhHVI86-5wTocqbsRPcfrB6nXJOhFeD8UZGX2M") String kid,
            @Schema(example = "sig") String use, @Schema(example = "ES256") String alg,
            @Schema(example = "37vpehER3hRcFXacTLf1xpS9zimxEsSDkm-jFKBG_jU") String x,
            @Schema(example = "WmpiZ6sCEOaBeqreprDJIpkjyV53Lxw_iTdLyCzA5fI") String y) {
    }
}
