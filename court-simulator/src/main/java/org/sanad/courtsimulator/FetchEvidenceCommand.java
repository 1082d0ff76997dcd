package org.sanad.courtsimulator;

import java.util.UUID;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fetch-evidence",
        description = "Verify a version, then for each item of its signed manifest ask a link, download the bytes and check their SHA-256.")
final class FetchEvidenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--referral", required = true, paramLabel = "<id>", description = "the referral's id")
    UUID referral;

    @Option(names = "--version", required = true, paramLabel = "<n>", description = "the version's number")
    int version;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
    boolean help;

    @Override
    public Integer call() throws CheckFailed {
        new CourtSimulator(connection.connect(spec), SanadCourt.out(spec.commandLine())).fetchEvidence(referral, version);
        return 0;
    }
}
