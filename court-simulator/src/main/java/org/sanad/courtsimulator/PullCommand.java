package org.sanad.courtsimulator;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pull", description = "Pull the feed after the stored position and print each entry; the position is stored after each.")
final class PullCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--state", defaultValue = "./court-state.json", paramLabel = "<file>",
            description = "where the court's feed position is kept (default: ${DEFAULT-VALUE})")
    Path state;

    @Option(names = "--wait", defaultValue = "0", paramLabel = "<seconds>",
            description = "long-poll: wait up to this many seconds (0 to 30) for an entry when there is none")
    int waitSeconds;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
    boolean help;

    @Override
    public Integer call() throws CheckFailed {
        new CourtSimulator(connection.connect(spec), SanadCourt.out(spec.commandLine())).pull(new FeedState(state), waitSeconds);
        return 0;
    }
}
