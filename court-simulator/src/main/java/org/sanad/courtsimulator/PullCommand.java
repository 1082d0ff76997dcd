package org.sanad.courtsimulator;

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

    @Mixin
    FeedOptions feed;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
    boolean help;

    @Override
    public Integer call() throws CheckFailed {
        new CourtSimulator(connection.connect(spec), SanadCourt.out(spec.commandLine())).pull(feed.feedState(), feed.waitSeconds);
        return 0;
    }
}
