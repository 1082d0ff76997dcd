package org.sanad.idempotency;

import java.util.Optional;

/**
 * The value of an {@code Idempotency-Key} request header (draft-ietf-httpapi-idempotency-key-header):
 * the draft makes it a Structured Field String ({@code "8e03978e-…"}); clients that send the bare
 * value ({@code 8e03978e-…}) are many, so both are taken and name the same key. A key is 1 to 255
 * printable ASCII characters (space to {@code ~}); bare, it has no space, quote or backslash (they
 * need the quoted form, where {@code \"} and {@code \\} are the escapes).
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    private IdempotencyKey() {
    }

    /** The key the header names; empty when the header is not one. */
    public static Optional<String> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        String key = value.startsWith("\"") ? unquoted(value) : bare(value);
        return key == null || key.isEmpty() || key.length() > MAX_LENGTH ? Optional.empty() : Optional.of(key);
    }

    private static String bare(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~' || c == '"' || c == '\\') {
                return null;
            }
        }
        return value;
    }

    /** RFC 8941 §3.3.3: a quoted string of printable ASCII, {@code \"} and {@code \\} escaped, nothing after it. */
    private static String unquoted(String value) {
        StringBuilder key = new StringBuilder();
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                if (++i == value.length() || (value.charAt(i) != '"' && value.charAt(i) != '\\')) {
                    return null;
                }
                key.append(value.charAt(i));
            } else if (c == '"') {
                return i == value.length() - 1 ? key.toString() : null;
            } else if (c < ' ' || c > '~') {
                return null;
            } else {
                key.append(c);
            }
        }
        return null;
    }
}
