package commstat.jobs.funds;

import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.disclosure.DisclosureJob;
import commstat.jobs.warehouse.ConcurrentWrites;
import commstat.jobs.warehouse.TableWriter;
import commstat.jobs.warehouse.YearTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

/**
 * Fund balances, fund-rule flags, Art. 6 and withheld funds (funds.md) from the warehouse the ingest wrote,
 * into the same warehouse (docs/DATA.md, "Funds tables"). Deterministic: the same warehouse, year and
 * configuration give the same bytes. The run date decides only which quarters' disclosures are closed (their last
 * month's deadline has passed as of that date); nothing depends on the wall clock.
 */
public final class FundsJob {
    private final SparkSession spark;
    private final FundsConfig config;
    private final DeadlinePolicy deadlines;

    public FundsJob(SparkSession spark, FundsConfig config) {
        this(spark, config, DeadlinePolicy.defaultPolicy());
    }

    /** {@code deadlines} decides when a quarter's disclosure is closed (its last month's deadline). */
    public FundsJob(SparkSession spark, FundsConfig config, DeadlinePolicy deadlines) {
        this.spark = requireNonNull(spark, "spark is null");
        this.config = requireNonNull(config, "config is null");
        this.deadlines = requireNonNull(deadlines, "deadlines is null");
    }

    public FundsRunSummary run(Path warehouse, int year, LocalDate runDate) {
        return run(warehouse, List.of(year), runDate);
    }

    /**
     * One run for several years (the nightly's assessed years): every table but the two below is the same for any
     * year; {@code fund_balances_monthly} runs to the latest year's end and {@code fund_anomaly_points} gets a row
     * per community for each of {@code years}, replacing those years and keeping the others. The summary is of
     * the latest year.
     */
    public FundsRunSummary run(Path warehouse, List<Integer> years, LocalDate runDate) {
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(runDate, "runDate is null");
        if (years.isEmpty()) {
            throw new IllegalArgumentException("no year to run the funds job for");
        }
        int year = years.stream().mapToInt(Integer::intValue).max().getAsInt();
        long started = System.nanoTime();
        FundsInputs in = new FundsLedgerReader(spark, warehouse).read();
        Dataset<Row> txns = cached(in.transactions());

        // Every output is cached: TableWriter counts before it writes, and the summary reads some again.
        Dataset<Row> monthly = cached(new BalanceSeries(year).monthly(txns, in.openingBalances()));
        Dataset<Row> flags = cached(new FundFlagger(config).all(txns, in.specialAccounts())
                .unionByName(BalanceSeries.negativeFlags(monthly)));
        Dataset<Row> counts = cached(FlagTally.counts(flags));
        Dataset<Row> points = new java.util.TreeSet<>(years).stream()
                .map(y -> FlagTally.points(counts, in.communities(), in.fundsPeriods(), y))
                .reduce(Dataset::unionByName).orElseThrow();
        Dataset<Row> benford = cached(new BenfordCheck(config).byCommunityAndYear(txns));
        AllocationCheck allocations = new AllocationCheck(config);
        Dataset<Row> art6 = cached(allocations.art6(in.allocations()));
        Dataset<Row> withheld = cached(allocations.withheld(in.allocations(), txns, in.communities()));

        // The seven tables are written at once, then the five disclosure tables (which read the cached flags) at once.
        TableWriter writer = new TableWriter(warehouse);
        Map<String, Long> millis = new ConcurrentHashMap<>();
        Map<String, Callable<Long>> writes = new LinkedHashMap<>();
        writes.put(BalanceSeries.TABLE, timed(BalanceSeries.TABLE, millis,
                () -> writer.write(BalanceSeries.TABLE, monthly, BalanceSeries.SORT_KEYS)));
        writes.put(FlagColumns.TABLE, timed(FlagColumns.TABLE, millis,
                () -> writer.write(FlagColumns.TABLE, flags, FlagColumns.SORT_KEYS)));
        writes.put(FlagTally.COUNTS_TABLE, timed(FlagTally.COUNTS_TABLE, millis,
                () -> writer.write(FlagTally.COUNTS_TABLE, counts, FlagTally.COUNTS_SORT_KEYS)));
        writes.put(FlagTally.POINTS_TABLE, timed(FlagTally.POINTS_TABLE, millis,
                () -> new YearTables(warehouse).replaceYears(FlagTally.POINTS_TABLE, years, points,
                        FlagTally.POINTS_SORT_KEYS)));
        writes.put(BenfordCheck.TABLE, timed(BenfordCheck.TABLE, millis,
                () -> writer.write(BenfordCheck.TABLE, benford, BenfordCheck.SORT_KEYS)));
        writes.put(AllocationCheck.ART6_TABLE, timed(AllocationCheck.ART6_TABLE, millis,
                () -> writer.write(AllocationCheck.ART6_TABLE, art6, AllocationCheck.SORT_KEYS)));
        writes.put(AllocationCheck.WITHHELD_TABLE, timed(AllocationCheck.WITHHELD_TABLE, millis,
                () -> writer.write(AllocationCheck.WITHHELD_TABLE, withheld, AllocationCheck.SORT_KEYS)));
        Map<String, Long> written = ConcurrentWrites.run(writes);
        long t0 = System.nanoTime();
        written.putAll(new DisclosureJob(spark, config.largePaymentThreshold(), deadlines).run(warehouse, flags, runDate));
        millis.put(DisclosureJob.QUARTERS, (System.nanoTime() - t0) / 1_000_000); // all five disclosure tables

        FundsRunSummary summary = new FundsRunSummary(year, runDate, txns.count(), written.get(BalanceSeries.TABLE),
                flagsOfYear(counts, year), art6Results(art6), withheldResults(withheld), benfordOfYear(benford, year),
                written, millis, Duration.ofNanos(System.nanoTime() - started));
        for (Dataset<Row> d : List.of(withheld, art6, benford, counts, flags, monthly, txns)) {
            d.unpersist();
        }
        return summary;
    }

    private static Dataset<Row> cached(Dataset<Row> rows) {
        return rows.persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** The write, noting the milliseconds it took (computing included: Spark is lazy) under {@code table}. */
    private static Callable<Long> timed(String table, Map<String, Long> millis, Callable<Long> write) {
        return () -> {
            long t0 = System.nanoTime();
            long rows = write.call();
            millis.put(table, (System.nanoTime() - t0) / 1_000_000);
            return rows;
        };
    }

    private static TreeMap<String, Long> flagsOfYear(Dataset<Row> counts, int year) {
        TreeMap<String, Long> byFlag = new TreeMap<>();
        for (Row r : counts.where(col("year").equalTo(year)).collectAsList()) {
            byFlag.merge(r.getAs("flag"), ((Integer) r.getAs("flag_count")).longValue(), Long::sum);
        }
        return byFlag;
    }

    private static List<FundsRunSummary.Art6Result> art6Results(Dataset<Row> art6) {
        List<FundsRunSummary.Art6Result> out = new ArrayList<>();
        for (Row r : art6.orderBy(AllocationCheck.SORT_KEYS[0], AllocationCheck.SORT_KEYS[1], AllocationCheck.SORT_KEYS[2])
                .collectAsList()) {
            out.add(new FundsRunSummary.Art6Result(r.getAs("year"), r.getAs("level"), r.getAs("unit_code"),
                    r.<BigDecimal>getAs("required_cny"), r.<BigDecimal>getAs("allocated_cny"), r.getAs("is_compliant"),
                    r.<BigDecimal>getAs("shortfall_cny")));
        }
        return out;
    }

    private static List<FundsRunSummary.WithheldResult> withheldResults(Dataset<Row> withheld) {
        List<FundsRunSummary.WithheldResult> out = new ArrayList<>();
        for (Row r : withheld.orderBy(AllocationCheck.SORT_KEYS[0], AllocationCheck.SORT_KEYS[1], AllocationCheck.SORT_KEYS[2])
                .collectAsList()) {
            out.add(new FundsRunSummary.WithheldResult(r.getAs("year"), r.getAs("level"), r.getAs("unit_code"),
                    r.<BigDecimal>getAs("allocated_cny"), r.<BigDecimal>getAs("received_cny"), r.<BigDecimal>getAs("gap_cny"),
                    r.getAs("is_flagged")));
        }
        return out;
    }

    private static List<FundsRunSummary.BenfordResult> benfordOfYear(Dataset<Row> benford, int year) {
        List<FundsRunSummary.BenfordResult> out = new ArrayList<>();
        for (Row r : benford.where(col("year").equalTo(year).and(col("is_judged"))).orderBy("community_code").collectAsList()) {
            out.add(new FundsRunSummary.BenfordResult(r.getAs("community_code"), r.getAs("n"), r.getAs("mad"),
                    r.getAs("is_nonconforming")));
        }
        return out;
    }
}
