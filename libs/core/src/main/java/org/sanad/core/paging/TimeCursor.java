package org.sanad.core.paging;

import java.time.Instant;
import java.util.UUID;

/** Position in a list ordered by a timestamp, then id. */
public record TimeCursor(Instant at, UUID id) {

    public String encode() {
        return Cursors.encode(at.getEpochSecond(), at.getNano(), id);
    }

    /** Reads a cursor handed out by {@link #encode()}; anything else is a 400 on {@code parameter}. */
    public static TimeCursor decode(String cursor, String parameter) {
        String[] parts = Cursors.decode(cursor, 3, parameter);
        return Cursors.parse(parameter, () -> new TimeCursor(Cursors.instant(parts[0], parts[1]), UUID.fromString(parts[2])));
    }
}
