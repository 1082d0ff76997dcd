package org.sanad.core.paging;

import java.util.List;
import java.util.function.Function;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one list envelope of the suite: a page of items and, unless it is the last page, the
 * opaque cursor of the next one (passed back as {@code after}).
 */
public record Page<T>(List<T> items,
        @Schema(description = "Pass as `after` for the next page; null on the last page", example = "eyJ0IjoiMjAyNi0wMy0xNFQwOTozMDowMFoiLCJpIjoiNWIwZjhlNGMifQ")
        @Nullable String next) {

    /** A list that is bounded by nature (a case's timeline, an item's custody): all of it, in one page. */
    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * A page from rows fetched with {@code limit + 1}: the extra row only says another page
     * exists; the cursor is taken from the last row shown.
     */
    public static <R, T> Page<T> of(List<R> fetched, int limit, Function<R, String> cursorOf, Function<R, T> view) {
        boolean more = fetched.size() > limit;
        List<R> shown = more ? fetched.subList(0, limit) : fetched;
        return new Page<>(shown.stream().map(view).toList(), more ? cursorOf.apply(shown.get(limit - 1)) : null);
    }
}
