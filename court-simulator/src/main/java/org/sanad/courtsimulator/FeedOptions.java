package org.sanad.courtsimulator;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where the court keeps its feed position, and whether the first pull long-polls: the options of pull and play. */
public final class FeedOptions {

    @Option(names = "--state", defaultValue = "./court-state.json", paramLabel = "<file>",
            description = "where the court's feed position is kept (default: ${DEFAULT-VALUE})")
    Path state;

    @Option(names = "--wait", defaultValue = "0", paramLabel = "<seconds>",
            description = "long-poll: with nothing new, the first pull waits up to this many seconds (0 to 30) for an entry")
    int waitSeconds;

    FeedState feedState() {
        return new FeedState(state);
    }
}
