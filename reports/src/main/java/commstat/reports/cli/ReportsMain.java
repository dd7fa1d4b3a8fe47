package commstat.reports.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the reports module (no Spark): {@code publish} and {@code verify}. */
@Command(name = "commstat", mixinStandardHelpOptions = true, subcommands = {PublishCommand.class, VerifyCommand.class},
        description = "commstat publication tools (plain Java).")
public final class ReportsMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new ReportsMain()).execute(args));
    }
}
