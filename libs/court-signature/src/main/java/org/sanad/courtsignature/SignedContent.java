package org.sanad.courtsignature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a referral version's signature covers: the version exactly as a court reads it
 * ({@code GET /court/referrals/{id}/versions/{number}}, or a feed entry's snapshot), less what is
 * not the version's content:
 * <ul>
 * <li>{@code signature}, the signature itself;</li>
 * <li>{@code status} and {@code progress}, where the referral stands now and the court's replies,
 * which change after the version was submitted;</li>
 * <li>the court's names and governorates: {@code court} is reduced to {@code {"code": ...}}, since
 * the rest is the catalogue's reference data, read afresh at every answer.</li>
 * </ul>
 * Everything else is signed as received: the defendants and their charges, the victims'
 * pseudonyms, the evidence manifest with each item's SHA-256, the summary, the dates. The signed
 * bytes are that JSON object in RFC 8785 canonical form, UTF-8.
 */
public final class SignedContent {

    /** The members of the version's JSON that the signature does not cover. */
    public static final List<String> UNSIGNED_MEMBERS = List.of("signature", "status", "progress");

    private SignedContent() {
    }

    /** The signed JSON object, from a version as the court received it (which is left unchanged). */
    public static ObjectNode of(JsonNode version) {
        if (!(version instanceof ObjectNode object)) {
            throw new IllegalArgumentException("A referral version is a JSON object");
        }
        ObjectNode signed = object.deepCopy();
        signed.remove(UNSIGNED_MEMBERS);
        JsonNode court = signed.get("court");
        if (court != null && court.isObject()) {
            ObjectNode code = signed.objectNode();
            code.set("code", court.get("code"));
            signed.set("court", code);
        }
        return signed;
    }

    /** The bytes that are signed: {@link #of} in RFC 8785 canonical form, UTF-8. */
    public static byte[] canonical(JsonNode version) {
        return CanonicalJson.utf8(of(version));
    }

    /** The SHA-256 of the signed bytes, in hex: printed on paper to match it with the record. */
    public static String sha256(JsonNode version) {
        return sha256Hex(canonical(version));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
