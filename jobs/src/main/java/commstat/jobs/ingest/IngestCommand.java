package commstat.jobs.ingest;

import commstat.ingest.landing.InvalidReferenceDataException;
import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.spark.SparkSessions;
import commstat.jobs.warehouse.HashKey;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code commstat ingest --landing DIR --warehouse DIR}: the ingest stage as a Spark job. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Validate every inbox file of a landing area and store what is accepted as Parquet.")
public final class IngestCommand implements Callable<Integer> {
    @Option(names = "--landing", required = true, description = "landing area with reference/ and inbox/")
    Path landing;

    @Option(names = "--warehouse", required = true, description = "warehouse folder (created if missing)")
    Path warehouse;

    @Option(names = "--key-file", description = "file holding the hash key; default: environment variable "
            + HashKey.ENV)
    Path keyFile;

    @Option(names = "--deadline-day", defaultValue = "10",
            description = "day of the following month by which a month's submission is due (default ${DEFAULT-VALUE})")
    int deadlineDay;

    @Override
    public Integer call() {
        if (!Files.isDirectory(landing.resolve("inbox")) || !Files.isDirectory(landing.resolve("reference"))) {
            System.err.println("commstat ingest: " + landing + " is not a landing area (it needs reference/ and inbox/)");
            return 2;
        }
        byte[] key;
        try {
            key = HashKey.load(keyFile, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("commstat ingest: " + e.getMessage());
            return 2;
        }
        ProgressLog log = ProgressLog.to(System.out);
        SparkSession spark = SparkSessions.getOrCreate("commstat-ingest");
        try {
            IngestRunSummary summary = new IngestJob(spark, DeadlinePolicy.dayOfNextMonth(deadlineDay), log)
                    .run(landing, warehouse, key);
            IngestJob.writeSummary(warehouse, summary);
            log.info("%s", summary.toText());
            log.info("warehouse: %s", warehouse.toAbsolutePath());
            return 0;
        } catch (IllegalStateException | InvalidReferenceDataException e) {
            // a warehouse written with another key, or reference files every number depends on: stop, say why
            System.err.println("commstat ingest: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }
}
