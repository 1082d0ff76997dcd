package org.sanad.core.paging;

/**
 * Position in an append-only feed that belongs to one reader ({@code owner}, e.g. a court): a
 * cursor handed to one owner is refused for another.
 */
public record PositionCursor(String owner, long position) {

    public String encode() {
        return Cursors.encode(owner, position);
    }

    /** Reads a cursor handed out by {@link #encode()}; anything else is a 400 on {@code parameter}. */
    public static PositionCursor decode(String cursor, String parameter) {
        String[] parts = Cursors.decode(cursor, 2, parameter);
        return Cursors.parse(parameter, () -> {
            long position = Long.parseLong(parts[1]);
            if (position < 0) {
                throw new IllegalArgumentException("negative position");
            }
            return new PositionCursor(parts[0], position);
        });
    }
}
