package commstat.jobs.nightly;

import commstat.ingest.landing.LandingArea;
import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.ingest.ProgressLog;
import commstat.jobs.spark.SparkSessions;
import commstat.jobs.warehouse.HashKey;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/**
 * {@code commstat nightly --landing DIR --warehouse ROOT [--date D] [--full] [--keep N]}: every stage in one Spark
 * session, published atomically into the warehouse root. Exit codes: {@link NightlyRun.ExitCode}.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"The nightly run: ingest, funds, assessment and statistics for the run date's year and the year "
                + "before, then an atomic publish into <root>/snapshots/<id>/ and <root>/current.",
                "Exit codes: 0 published, 1 a stage failed (previous snapshot stays current), 2 bad arguments, "
                        + "3 another run holds the lock, 4 the reference data stops the run."})
public final class NightlyCommand implements Callable<Integer> {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Option(names = "--landing", required = true, description = "landing area with reference/ and inbox/")
    Path landing;

    @Option(names = "--warehouse", required = true,
            description = "warehouse root: current, snapshots/, publication/, runs/ (created if missing)")
    Path root;

    @Option(names = "--date", description = "the run date, yyyy-MM-dd (default: today in Asia/Shanghai); the only clock the outputs see")
    LocalDate date;

    @Option(names = "--full", description = "validate every inbox file again instead of reusing unchanged files' results")
    boolean full;

    @Option(names = "--keep", defaultValue = "" + NightlyOptions.DEFAULT_KEEP,
            description = "published snapshots to keep, the current one included (default ${DEFAULT-VALUE})")
    int keep;

    @Option(names = "--key-file", description = "file holding the hash key; default: environment variable " + HashKey.ENV)
    Path keyFile;

    @Option(names = "--deadline-day", defaultValue = "10",
            description = "day of the following month by which a month's submission is due (default ${DEFAULT-VALUE})")
    int deadlineDay;

    @Override
    public Integer call() {
        if (!Files.isDirectory(LandingArea.inboxDir(landing)) || !Files.isDirectory(LandingArea.referenceDir(landing))) {
            System.err.println("commstat nightly: " + landing + " is not a landing area (it needs reference/ and inbox/)");
            return NightlyRun.ExitCode.USAGE;
        }
        NightlyOptions options;
        try {
            byte[] key = HashKey.load(keyFile, System.getenv());
            options = new NightlyOptions(landing, root, date != null ? date : LocalDate.now(ZONE), full, keep, key,
                    DeadlinePolicy.dayOfNextMonth(deadlineDay));
        } catch (IllegalArgumentException e) {
            System.err.println("commstat nightly: " + e.getMessage());
            return NightlyRun.ExitCode.USAGE;
        }
        SparkHolder spark = new SparkHolder();
        try {
            return new NightlyRun(options, spark::get, ProgressLog.to(System.out), System.err).run();
        } finally {
            spark.stop();
        }
    }

    /** Starts Spark only once the lock is held: a refused run costs no Spark start. */
    private static final class SparkHolder {
        private SparkSession session;

        SparkSession get() {
            if (session == null) {
                session = SparkSessions.getOrCreate("commstat-nightly");
            }
            return session;
        }

        void stop() {
            if (session != null) {
                session.stop();
            }
        }
    }
}
