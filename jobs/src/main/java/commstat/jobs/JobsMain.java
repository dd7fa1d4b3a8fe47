package commstat.jobs;

import commstat.jobs.assessment.AssessCommand;
import commstat.jobs.funds.FundsCommand;
import commstat.jobs.ingest.IngestCommand;
import commstat.jobs.nightly.NightlyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jobs jar: {@code java ... commstat.jobs.JobsMain ingest|funds|assess|nightly ...}, or through spark-submit. */
@Command(name = "commstat", mixinStandardHelpOptions = true, subcommands = {IngestCommand.class, FundsCommand.class, AssessCommand.class, NightlyCommand.class},
        description = "commstat batch jobs (Spark).")
public final class JobsMain {
    public static void main(String[] args) {
        int code = new CommandLine(new JobsMain()).execute(args);
        System.exit(code);
    }
}
