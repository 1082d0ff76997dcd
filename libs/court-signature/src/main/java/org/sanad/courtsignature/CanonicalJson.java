package org.sanad.courtsignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.erdtman.jcs.JsonCanonicalizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * RFC 8785, the JSON Canonicalization Scheme: members sorted by their names' UTF-16 code units, no
 * whitespace, strings escaped only where JSON requires it, numbers written as ECMAScript writes a
 * double. Two parties that hold the same JSON value get the same bytes.
 */
public final class CanonicalJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalJson() {
    }

    /** The canonical form of a JSON text. */
    public static String of(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new IllegalArgumentException("Not JSON that RFC 8785 can canonicalise: " + e.getMessage(), e);
        }
    }

    /** The canonical form of a JSON value, as the UTF-8 bytes that are signed. */
    public static byte[] utf8(JsonNode value) {
        try {
            return of(JSON.writeValueAsString(value)).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
