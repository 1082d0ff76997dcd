package org.sanad.courtsimulator;

import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "play", description = "The whole exchange for every new SUBMITTED version in the feed: verify the signature, "
        + "check every evidence item, receipt (and one retry with the same Idempotency-Key), review, hearing, decision; "
        + "then pull again to see the court's own changes.")
final class PlayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    FeedOptions feed;

    @Option(names = "--referral", paramLabel = "<id>", description = "play only this referral; pass over the others")
    UUID referral;

    @Option(names = "--return", paramLabel = "<reason>", description = "return each version with this reason instead of accepting it")
    String returnReason;

    @Option(names = "--court-offset", defaultValue = "+03:00", paramLabel = "<offset>",
            description = "the court's UTC offset, in which the hearing is scheduled (default: ${DEFAULT-VALUE})")
    ZoneOffset courtOffset;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
    boolean help;

    @Override
    public Integer call() throws CheckFailed {
        new CourtSimulator(connection.connect(spec), SanadCourt.out(spec.commandLine()))
                .play(feed.feedState(), new PlayOptions(referral, returnReason, courtOffset, feed.waitSeconds));
        return 0;
    }
}
