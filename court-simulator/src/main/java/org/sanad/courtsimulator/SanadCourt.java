package org.sanad.courtsimulator;

import java.util.function.Consumer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sanad-court}: a court system on the command line, for a sandbox. */
@Command(name = "sanad-court", synopsisSubcommandLabel = "COMMAND",
        description = "A court system that talks to Sanad's referrals-service as a correct one does: "
                + "pull the feed, verify each version's signature, check the evidence against the signed manifest, answer.",
        subcommands = { PullCommand.class, VerifyCommand.class, FetchEvidenceCommand.class, PlayCommand.class },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:every step done, every check passed",
                "1:a check failed (a signature, an evidence hash, an idempotent replay)",
                "2:the command line is wrong",
                "3:the exchange could not be made (credentials refused, service unreachable or refusing a request, a file unreadable)" })
public final class SanadCourt {

    public static final int CHECK_FAILED = 1;

    public static final int NOT_COMPLETED = 3;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help")
    boolean help;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with failures printed as one line each and mapped to the exit codes above. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SanadCourt());
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
            if (failure instanceof CheckFailed) {
                command.getErr().println("CHECK FAILED: " + failure.getMessage());
                return CHECK_FAILED;
            }
            command.getErr().println("NOT COMPLETED: " + failure.getMessage());
            return NOT_COMPLETED;
        });
        return commandLine;
    }

    /** A subcommand's step lines, to its command line's output. */
    static Consumer<String> out(CommandLine command) {
        return line -> command.getOut().println(line);
    }
}
