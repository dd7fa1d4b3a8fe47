package commstat.jobs.disclosure;

import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.warehouse.ConcurrentWrites;
import commstat.jobs.warehouse.TableWriter;
import org.apache.spark.sql.Column;
import commstat.jobs.warehouse.TableAccess;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * The quarterly disclosure marts (funds.md, "The quarterly disclosure"; docs/DATA.md, "Disclosure marts"): for
 * every community that exists during a quarter, from the first quarter with funds data to the quarter of the run
 * date, its status (closed or not), per account and in total the opening balance, income and spending by item and
 * closing balance, the large payments with persons masked, the quarter's flags and the source submissions.
 * Closure depends on the run date (never the wall clock); nothing else does.
 */
public final class DisclosureJob {
    public static final String QUARTERS = "disclosure_quarters";
    public static final String ACCOUNTS = "disclosure_accounts";
    public static final String LARGE_PAYMENTS = "disclosure_large_payments";
    public static final String FLAGS = "disclosure_flags";
    public static final String SOURCES = "disclosure_sources";
    public static final String TOTAL = "TOTAL";
    private static final DataType MONEY = DataTypes.createDecimalType(18, 2);
    private static final String[] CQ = {"community_code", "year", "quarter"};
    private static final StructType QUARTER_ROWS = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("quarter", DataTypes.IntegerType, false)
            .add("quarter_label", DataTypes.StringType, false)
            .add("period_start", DataTypes.DateType, false)
            .add("period_end", DataTypes.DateType, false)
            .add("last_deadline", DataTypes.TimestampNTZType, false)
            .add("deadline_passed", DataTypes.BooleanType, false);

    private final SparkSession spark;
    private final BigDecimal largePaymentThreshold;
    private final DeadlinePolicy deadlines;

    public DisclosureJob(SparkSession spark, BigDecimal largePaymentThreshold, DeadlinePolicy deadlines) {
        this.spark = requireNonNull(spark, "spark is null");
        this.largePaymentThreshold = requireNonNull(largePaymentThreshold, "largePaymentThreshold is null");
        this.deadlines = requireNonNull(deadlines, "deadlines is null");
    }

    /**
     * Builds and writes the five tables into {@code warehouse}; {@code flags} is {@code fund_flags} as the funds job
     * computed it. Returns rows written per table.
     */
    public Map<String, Long> run(Path warehouse, Dataset<Row> flags, LocalDate runDate) {
        requireNonNull(runDate, "runDate is null");
        Map<String, Dataset<Row>> tables = build(warehouse, flags, runDate);
        TableWriter writer = new TableWriter(warehouse);
        Map<String, Callable<Long>> writes = new LinkedHashMap<>();
        writes.put(QUARTERS, () -> writer.write(QUARTERS, tables.get(QUARTERS),
                "district_code", "community_code", "year", "quarter"));
        writes.put(ACCOUNTS, () -> writer.write(ACCOUNTS, tables.get(ACCOUNTS),
                "community_code", "year", "quarter", "is_total", "account_no"));
        writes.put(LARGE_PAYMENTS, () -> writer.write(LARGE_PAYMENTS, tables.get(LARGE_PAYMENTS),
                "community_code", "year", "quarter", "txn_date", "txn_id", "account_no"));
        writes.put(FLAGS, () -> writer.write(FLAGS, tables.get(FLAGS),
                "community_code", "year", "quarter", "flag", "txn_date", "txn_id", "account_no"));
        writes.put(SOURCES, () -> writer.write(SOURCES, tables.get(SOURCES),
                "community_code", "year", "quarter", "period"));
        Map<String, Long> written = ConcurrentWrites.run(writes);
        tables.values().forEach(Dataset::unpersist);
        return written;
    }

    Map<String, Dataset<Row>> build(Path warehouse, Dataset<Row> flags, LocalDate runDate) {
        Dataset<Row> txns = cached(transactions(warehouse));
        Dataset<Row> fundsMonths = readWhere(warehouse, "submissions_effective", "dataset = 'funds'")
                .select(col("community_code"), col("period"), col("file_name"), col("submitted_at"),
                        substring(col("period"), 1, 4).cast("int").as("year"),
                        substring(col("period"), 6, 2).cast("int").plus(2).divide(3).cast("int").as("quarter"));

        Dataset<Row> quarters = quarters(txns, fundsMonths, runDate);
        Dataset<Row> communityQuarters = cached(read(warehouse, "ref_communities")
                .crossJoin(broadcast(quarters))
                .where(col("established_on").isNull().or(col("established_on").leq(col("period_end")))
                        .and(col("dissolved_on").isNull().or(col("dissolved_on").geq(col("period_start"))))));

        Dataset<Row> sources = fundsMonths.join(communityQuarters.select("community_code", "year", "quarter"), CQ)
                .select("community_code", "year", "quarter", "period", "file_name", "submitted_at");
        Dataset<Row> accounts = accounts(txns, openingBalances(warehouse), communityQuarters);
        Dataset<Row> large = largePayments(txns, communityQuarters);
        Dataset<Row> quarterFlags = withQuarter(flags, "txn_date")
                .join(communityQuarters.select("community_code", "year", "quarter"), CQ)
                .select(col("community_code"), col("year"), col("quarter"), col("flag"), col("account_no"), col("txn_id"),
                        col("txn_date"), col("amount_cny"), col("why"));

        Dataset<Row> status = communityQuarters.join(quarterCounts(sources, accounts, large, quarterFlags), seq(CQ), "left")
                .select(col("community_code"), col("community_name"), col("street_code"), col("street_name"),
                        col("district_code"), col("district_name"), col("year"), col("quarter"), col("quarter_label"),
                        col("period_start"), col("period_end"),
                        coalesce(col("months_in"), lit(0)).as("months_in"),
                        coalesce(col("months_in"), lit(0)).equalTo(3).as("all_months_in"),
                        col("last_deadline"), col("deadline_passed"),
                        coalesce(col("months_in"), lit(0)).equalTo(3).or(col("deadline_passed")).as("is_closed"),
                        coalesce(col("account_count"), lit(0)).as("account_count"),
                        coalesce(col("large_payment_count"), lit(0)).as("large_payment_count"),
                        coalesce(col("flag_count"), lit(0)).as("flag_count"),
                        col("is_reconciled"));

        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        out.put(QUARTERS, cached(status));
        out.put(ACCOUNTS, accounts);
        out.put(LARGE_PAYMENTS, large);
        out.put(FLAGS, cached(quarterFlags));
        out.put(SOURCES, cached(sources));
        return out;
    }

    /**
     * Per community and quarter: months with a source submission, accounts (without the TOTAL), large payments and
     * flags, and whether the TOTAL row reconciles. One union and one aggregation, not one aggregation and join each
     * (Spark ran ≈ 20 jobs for those five joins of a few thousand rows).
     */
    private static Dataset<Row> quarterCounts(Dataset<Row> sources, Dataset<Row> accounts, Dataset<Row> large,
                                              Dataset<Row> quarterFlags) {
        Column noPeriod = lit(null).cast("string").as("period");
        Column noReconciled = lit(null).cast("boolean").as("reconciled");
        Dataset<Row> parts = sources.select(col("community_code"), col("year"), col("quarter"), col("period")).distinct()
                .select(col("community_code"), col("year"), col("quarter"), col("period"), lit(0).as("kind"), noReconciled)
                .unionByName(accounts.select(col("community_code"), col("year"), col("quarter"), noPeriod,
                        when(col("is_total"), lit(4)).otherwise(lit(1)).as("kind"), col("is_reconciled").as("reconciled")))
                .unionByName(large.select(col("community_code"), col("year"), col("quarter"), noPeriod, lit(2).as("kind"),
                        noReconciled))
                .unionByName(quarterFlags.select(col("community_code"), col("year"), col("quarter"), noPeriod,
                        lit(3).as("kind"), noReconciled));
        return parts.groupBy(CQ[0], CQ[1], CQ[2]).agg(
                kindCount(0).as("months_in"),
                kindCount(1).as("account_count"),
                max(when(col("kind").equalTo(4), col("reconciled"))).as("is_reconciled"),
                kindCount(2).as("large_payment_count"),
                kindCount(3).as("flag_count"));
    }

    private static Column kindCount(int kind) {
        return count(when(col("kind").equalTo(kind), lit(1))).cast("int");
    }

    /** The accepted transactions of effective funds submissions, any period, with the columns a disclosure shows. */
    private Dataset<Row> transactions(Path warehouse) {
        return read(warehouse, "stg_funds").where(col("is_effective"))
                .select("community_code", "account_no", "txn_id", "txn_date", "direction", "item", "amount_cny",
                        "voucher_no", "counterparty", "counterparty_type", "purpose");
    }

    /** From the first quarter with a transaction or an effective funds submission to the run date's quarter. */
    private Dataset<Row> quarters(Dataset<Row> txns, Dataset<Row> fundsMonths, LocalDate runDate) {
        Row firstTxn = txns.agg(min("txn_date")).first();
        Row firstMonth = fundsMonths.agg(min("period")).first();
        Quarter first = null;
        if (!firstTxn.isNullAt(0)) {
            first = Quarter.of(date(firstTxn.get(0)));
        }
        if (!firstMonth.isNullAt(0)) {
            Quarter q = Quarter.of(LocalDate.parse(firstMonth.getString(0) + "-01"));
            first = first == null || q.compareTo(first) < 0 ? q : first;
        }
        List<Row> rows = new ArrayList<>();
        if (first != null) {
            for (Quarter q : Quarter.range(first, Quarter.of(runDate))) {
                rows.add(RowFactory.create(q.year(), q.quarter(), q.label(), q.start(), q.end(),
                        q.lastDeadline(deadlines), q.deadlinePassed(deadlines, runDate)));
            }
        }
        return spark.createDataFrame(rows, QUARTER_ROWS);
    }

    /**
     * One row per community, quarter and account with a transaction dated on or before the quarter's end, and one
     * TOTAL row per community and quarter (zeros without accounts). Transactions dated on or before an opening
     * balance's {@code as_of} are in that balance, so they count in no sum (as in {@code fund_balances_monthly}).
     */
    private static Dataset<Row> accounts(Dataset<Row> txns, Dataset<Row> opening, Dataset<Row> communityQuarters) {
        return cached(AccountQuarters.build(txns, opening, communityQuarters));
    }

    /** OUTs of at least the threshold dated in the quarter; a PERSON counterparty masked, never shown whole. */
    private Dataset<Row> largePayments(Dataset<Row> txns, Dataset<Row> communityQuarters) {
        var shown = udf((UDF2<String, String, String>) PersonNameMask::shown, DataTypes.StringType);
        // Every PERSON counterparty's name, masked wherever it also appears in a published purpose.
        List<String> persons = new ArrayList<>(txns.where(col("counterparty_type").equalTo("PERSON")).select("counterparty").distinct()
                .orderBy("counterparty").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
        PersonNameMask.Scrubber scrubber = new PersonNameMask.Scrubber(persons);
        var scrubbed = udf((org.apache.spark.sql.api.java.UDF1<String, String>) scrubber::scrub, DataTypes.StringType);
        return withQuarter(txns.where(col("direction").equalTo("OUT").and(col("amount_cny").geq(lit(largePaymentThreshold)))),
                "txn_date")
                .join(communityQuarters.select("community_code", "year", "quarter"), CQ)
                .select(col("community_code"), col("year"), col("quarter"), col("txn_date"), col("account_no"), col("txn_id"),
                        col("voucher_no"), col("item"), col("amount_cny"),
                        shown.apply(col("counterparty"), col("counterparty_type")).as("counterparty_shown"),
                        col("counterparty_type"), scrubbed.apply(col("purpose")).as("purpose"));
    }

    /** The optional opening balances, one per account (the latest {@code as_of}), as the funds job reads them. */
    private Dataset<Row> openingBalances(Path warehouse) {
        StructType schema = new StructType()
                .add("account_no", DataTypes.StringType, false)
                .add("community_code", DataTypes.StringType, false)
                .add("as_of", DataTypes.DateType, false)
                .add("balance_cny", MONEY, false);
        var table = TableAccess.read(spark, warehouse, "ref_opening_balances");
        if (table.isEmpty()) {
            return spark.createDataFrame(List.<Row>of(), schema);
        }
        return table.get()
                .select("account_no", "community_code", "as_of", "balance_cny")
                .withColumn("rank", row_number().over(Window.partitionBy("community_code", "account_no")
                        .orderBy(col("as_of").desc())))
                .where(col("rank").equalTo(1))
                .drop("rank");
    }

    private static Dataset<Row> withQuarter(Dataset<Row> rows, String dateColumn) {
        return rows.withColumn("year", year(col(dateColumn)))
                .withColumn("quarter", month(col(dateColumn)).plus(2).divide(3).cast("int"));
    }

    private Dataset<Row> read(Path warehouse, String table) {
        return readWhere(warehouse, table, null);
    }

    private Dataset<Row> readWhere(Path warehouse, String table, String condition) {
        return TableAccess.readWhere(spark, warehouse, table, condition).orElseThrow(() -> new IllegalStateException(
                "the warehouse " + warehouse + " has no table " + table + " (run the ingest first)"));
    }

    private static Dataset<Row> cached(Dataset<Row> rows) {
        return rows.persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static scala.collection.immutable.Seq<String> seq(String... columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toSeq();
    }

    /** Spark hands out LocalDate or java.sql.Date depending on spark.sql.datetime.java8API.enabled. */
    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
