package org.sanad.core.paging;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.sanad.core.json.JsonConventions;
import org.sanad.core.problem.ProblemException;

/** The encoding all keyset cursors share: base64url of the key's parts joined by {@code |}. */
final class Cursors {

    private Cursors() {
    }

    static String encode(Object... parts) {
        StringJoiner raw = new StringJoiner("|");
        for (Object part : parts) {
            raw.add(String.valueOf(part));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String[] decode(String cursor, int parts, String parameter) {
        try {
            String[] split = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (split.length != parts) {
                throw invalid(parameter);
            }
            return split;
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
    }

    /** Builds the cursor from its parts; a part that does not parse is a 400, never a 500. */
    static <C> C parse(String parameter, Supplier<C> cursor) {
        try {
            return cursor.get();
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw invalid(parameter);
        }
    }

    /** An instant the database can compare with: inside the range every record's instants are in. */
    static Instant instant(String seconds, String nanos) {
        Instant instant = Instant.ofEpochSecond(Long.parseLong(seconds), Long.parseLong(nanos));
        if (instant.isBefore(JsonConventions.EARLIEST) || !instant.isBefore(JsonConventions.LATEST)) {
            throw new IllegalArgumentException("cursor instant out of range");
        }
        return instant;
    }

    private static ProblemException invalid(String parameter) {
        return ProblemException.invalidField(parameter, "paging.cursor.invalid");
    }
}
