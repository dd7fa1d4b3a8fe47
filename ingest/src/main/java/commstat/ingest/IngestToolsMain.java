package commstat.ingest;

import commstat.ingest.check.CheckCommand;
import commstat.ingest.synth.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The plain-Java commands (no Spark on this classpath): {@code check} and {@code generate}. */
@Command(name = "commstat", mixinStandardHelpOptions = true,
        subcommands = {CheckCommand.class, GenerateCommand.class},
        description = "commstat tools that need no Spark.")
public final class IngestToolsMain {
    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestToolsMain()).execute(args));
    }
}
