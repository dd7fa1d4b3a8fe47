package commstat.jobs.assessment;

import commstat.jobs.spark.SparkSessions;
import commstat.jobs.statistics.StatisticsJob;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code commstat assess --warehouse DIR --year Y --date yyyy-MM-dd}: the annual assessment and the statistics of
 * year Y over an ingested warehouse, written as marts into the same folder.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess year Y (scores, ratings, ranks, uncertainty, consequences) and compute the statistics.")
public final class AssessCommand implements Callable<Integer> {
    @Option(names = "--warehouse", required = true, description = "the warehouse folder written by ingest")
    Path warehouse;

    @Option(names = "--year", required = true, description = "the year assessed")
    int year;

    @Option(names = "--date", required = true, description = "the run date (yyyy-MM-dd): deadlines after it are not yet due")
    LocalDate date;

    @Option(names = "--scheme", description = "an assessment scheme file replacing the default (see docs/DATA.md)")
    Path schemeFile;

    @Option(names = "--runs", description = "Monte Carlo runs (default: the scheme's)")
    Integer runs;

    @Option(names = "--seed", description = "Monte Carlo seed (default: the scheme's)")
    Long seed;

    @Option(names = "--deadline-day", defaultValue = "10",
            description = "day of the following month by which a month's submission is due (default ${DEFAULT-VALUE})")
    int deadlineDay;

    @Override
    public Integer call() {
        AssessmentScheme scheme;
        try {
            scheme = schemeFile == null ? SchemeLoader.loadDefault() : SchemeLoader.load(schemeFile);
        } catch (SchemeException e) {
            System.err.println("commstat assess: " + e.getMessage());
            return 2;
        }
        if (runs != null) {
            if (runs < 1) {
                System.err.println("commstat assess: --runs must be ≥ 1, not " + runs);
                return 2;
            }
            scheme = scheme.withMonteCarlo(scheme.monteCarlo().withRuns(runs));
        }
        if (seed != null) {
            scheme = scheme.withMonteCarlo(scheme.monteCarlo().withSeed(seed));
        }
        if (!Files.isDirectory(warehouse.resolve("ref_communities"))) {
            System.err.println("commstat assess: " + warehouse + " is not an ingested warehouse (no ref_communities)");
            return 2;
        }
        SparkSession spark = SparkSessions.getOrCreate("commstat-assess");
        try {
            long start = System.nanoTime();
            AssessmentJob.Written written = new AssessmentJob(spark, warehouse, scheme).run(year);
            Map<String, Long> tables = new LinkedHashMap<>(written.rows());
            tables.putAll(new StatisticsJob(spark, warehouse, scheme.art14(), deadlineDay).run(year, date.atStartOfDay()));
            System.out.print(AssessmentSummary.text(scheme, written.result(), tables));
            System.out.printf("  done in %.1f s; warehouse: %s%n", (System.nanoTime() - start) / 1e9, warehouse.toAbsolutePath());
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("commstat assess: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }
}
