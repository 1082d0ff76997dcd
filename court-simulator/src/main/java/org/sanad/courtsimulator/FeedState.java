package org.sanad.courtsimulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where the court stands in its feed: the {@code position} of the last entry it has finished
 * processing, in a small JSON file ({@code {"position": "..."}}); no file is the feed's start.
 * Written after each entry, by a rename, so a stop in the middle of a page resumes exactly there.
 */
public final class FeedState {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public FeedState(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The stored position, or null to start at the beginning of the feed. */
    public String position() {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile()).path("position").asText(null);
        } catch (IOException e) {
            throw new UncheckedIOException("The state file " + file + " is not JSON: " + e.getMessage(), e);
        }
    }

    public void save(String position) {
        ObjectNode state = JSON.createObjectNode().put("position", position);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path written = Files.createTempFile(parent, ".court-state", ".json");
            JSON.writeValue(written.toFile(), state);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The state file " + file + " could not be written: " + e.getMessage(), e);
        }
    }
}
