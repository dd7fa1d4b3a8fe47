import commstat.jobs.assessment.AssessmentJob;
import commstat.jobs.assessment.AssessmentScheme;
import commstat.jobs.assessment.SchemeLoader;
import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.disclosure.DisclosureJob;
import commstat.jobs.funds.FundsConfig;
import commstat.jobs.spark.SparkSessions;
import commstat.jobs.statistics.ReportingGrid;
import commstat.jobs.statistics.ReportingRates;
import commstat.jobs.statistics.WarehouseTables;
import commstat.jobs.warehouse.YearTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The Spark side of the DuckDB comparison, stage by stage, in one session: the assessment job (its marts include
 * assessment_indicators and assessment_scores), the reporting grid and rates, exactly as {@code commstat assess}
 * computes and writes them, and the disclosure job (its five marts include disclosure_accounts) over the warehouse's
 * {@code fund_flags}, as {@code commstat funds} runs it. Iteration 1 is the cold figure (timed from the JVM's start); the later ones are warm.
 * <pre>  SparkMarts WAREHOUSE YEAR yyyy-MM-dd ITERATIONS</pre>
 * Prints one line per iteration: {@code spark run N: assessment S s; reporting S s; disclosure S s; total S s; since JVM start S s}.
 */
public final class SparkMarts {
    public static void main(String[] args) {
        Path warehouse = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        LocalDate date = LocalDate.parse(args[2]);
        int iterations = Integer.parseInt(args[3]);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        SparkSession spark = SparkSessions.getOrCreate("commstat-bench");
        try {
            AssessmentScheme scheme = SchemeLoader.loadDefault();
            for (int i = 1; i <= iterations; i++) {
                long t0 = System.nanoTime();
                new AssessmentJob(spark, warehouse, scheme).run(year);
                long t1 = System.nanoTime();
                WarehouseTables tables = new WarehouseTables(spark, warehouse);
                YearTables writer = new YearTables(warehouse);
                Dataset<Row> grid = new ReportingGrid(tables).build(List.of(year), date.atStartOfDay(), 10).localCheckpoint();
                writer.replaceYear(ReportingGrid.TABLE, year, grid, "year", "community_code", "dataset", "period");
                writer.replaceYear(ReportingRates.TABLE, year, ReportingRates.build(grid), "year", "level", "unit_code", "dataset", "period");
                long t2 = System.nanoTime();
                new DisclosureJob(spark, FundsConfig.defaults().largePaymentThreshold(), DeadlinePolicy.defaultPolicy())
                        .run(warehouse, spark.read().parquet(warehouse.resolve("fund_flags").toString()), date);
                long t3 = System.nanoTime();
                System.out.printf("spark run %d: assessment %.2f s; reporting %.2f s; disclosure %.2f s; total %.2f s; since JVM start %.2f s%n",
                        i, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9,
                        (System.currentTimeMillis() - jvmStart) / 1e3);
            }
        } finally {
            spark.stop();
        }
    }
}
