package org.sanad.courtsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateTest {

    @TempDir
    Path dir;

    @Test
    void noFileIsTheStartOfTheFeed() {
        assertNull(new FeedState(dir.resolve("court-state.json")).position());
    }

    @Test
    void theLastPositionSavedIsTheOneReadBack() {
        FeedState state = new FeedState(dir.resolve("nested").resolve("court-state.json"));
        state.save("SVEtUE1DfDQx");
        state.save("SVEtUE1DfDQy");

        assertEquals("SVEtUE1DfDQy", new FeedState(dir.resolve("nested").resolve("court-state.json")).position());
    }
}
