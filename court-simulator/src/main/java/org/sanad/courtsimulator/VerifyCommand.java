package org.sanad.courtsimulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = "Check a version's signature against the JWKS: online (--referral, --version) "
        + "or offline from files (--version-file, --jwks-file).")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
    boolean help;

    static final class Target {

        @ArgGroup(exclusive = false, heading = "Online, from the service:%n")
        Online online;

        @ArgGroup(exclusive = false, heading = "Offline, from files:%n")
        Offline offline;
    }

    static final class Online {

        @Option(names = "--referral", required = true, paramLabel = "<id>", description = "the referral's id")
        UUID referral;

        @Option(names = "--version", required = true, paramLabel = "<n>", description = "the version's number")
        int version;
    }

    static final class Offline {

        @Option(names = "--version-file", required = true, paramLabel = "<file>", description = "the version's JSON as received")
        Path versionFile;

        @Option(names = "--jwks-file", required = true, paramLabel = "<file>", description = "the JWKS as published (GET /court/jwks)")
        Path jwksFile;
    }

    @Override
    public Integer call() throws CheckFailed {
        if (target.online != null) {
            new CourtSimulator(connection.connect(spec), SanadCourt.out(spec.commandLine()))
                    .verify(target.online.referral, target.online.version);
        } else {
            CourtSimulator.verifyOffline(read(target.offline.versionFile), read(target.offline.jwksFile), SanadCourt.out(spec.commandLine()));
        }
        return 0;
    }

    private String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + file + ": " + e.getMessage());
        }
    }
}
