package commstat.jobs.funds;

import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/** {@code commstat funds --warehouse DIR --year Y [--date yyyy-MM-dd]}: balances, fund flags, Art. 6, withheld funds. */
@Command(name = "funds", mixinStandardHelpOptions = true,
        description = "Compute fund balances, fund-rule flags, Art. 6 compliance and withheld funds from an ingested warehouse.")
public final class FundsCommand implements Callable<Integer> {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Option(names = "--warehouse", required = true, description = "warehouse folder written by `commstat ingest`")
    Path warehouse;

    @Option(names = "--year", required = true, description = "the year Y (fund_anomaly_points, balances up to Y-12-31)")
    int year;

    @Option(names = "--date", description = "the run date, yyyy-MM-dd (default: today in Asia/Shanghai)")
    LocalDate runDate;

    @Option(names = "--approval-threshold", defaultValue = "5000.00",
            description = "OUT amount needing approval; SPLIT_PAYMENT sums payments below it (default ${DEFAULT-VALUE})")
    BigDecimal approvalThreshold;

    @Option(names = "--large-payment", defaultValue = "1000.00",
            description = "payments at or above it are listed in disclosures (default ${DEFAULT-VALUE})")
    BigDecimal largePayment;

    @Option(names = "--duplicate-days", defaultValue = "3",
            description = "DUPLICATE_PAYMENT window in days (default ${DEFAULT-VALUE})")
    int duplicateDays;

    @Option(names = "--withheld-gap", defaultValue = "0.01",
            description = "withheld gap flagged above this share of the allocation (default ${DEFAULT-VALUE})")
    BigDecimal withheldGap;

    @Option(names = "--benford-min", defaultValue = "300",
            description = "Benford judged from this many OUT amounts of 10.00 or more (default ${DEFAULT-VALUE})")
    int benfordMin;

    @Option(names = "--benford-mad", defaultValue = "0.015",
            description = "Benford MAD above which a community-year is non-conforming (default ${DEFAULT-VALUE})")
    double benfordMad;

    @Option(names = "--deadline-day", defaultValue = "10",
            description = "a month's submission is due on this day of the next month, 23:59:59; a quarter's disclosure"
                    + " closes when its last month's deadline has passed (default ${DEFAULT-VALUE})")
    int deadlineDay;

    @Override
    public Integer call() {
        if (!Files.isDirectory(warehouse.resolve("stg_funds"))) {
            System.err.println("commstat funds: " + warehouse + " is not an ingested warehouse (no stg_funds)");
            return 2;
        }
        FundsConfig config;
        DeadlinePolicy deadlines;
        try {
            config = new FundsConfig(approvalThreshold, largePayment, duplicateDays, withheldGap, benfordMin, benfordMad);
            deadlines = DeadlinePolicy.dayOfNextMonth(deadlineDay);
        } catch (IllegalArgumentException e) {
            System.err.println("commstat funds: " + e.getMessage());
            return 2;
        }
        LocalDate date = runDate != null ? runDate : LocalDate.now(ZONE);
        SparkSession spark = SparkSessions.getOrCreate("commstat-funds");
        try {
            FundsRunSummary summary = new FundsJob(spark, config, deadlines).run(warehouse, year, date);
            System.out.print(summary.toText());
            System.out.println("tables written to " + warehouse.toAbsolutePath() + ": " + summary.rowsWritten().keySet());
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("commstat funds: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }
}
