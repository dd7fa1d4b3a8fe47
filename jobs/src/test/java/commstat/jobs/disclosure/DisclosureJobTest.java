package commstat.jobs.disclosure;

import commstat.ingest.contract.Dataset;
import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.TestSpark;
import commstat.jobs.ingest.StagingSchemas;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure marts on a hand-made warehouse. Community P (from 2020) has account A1 with a Q1 and a Q2 ledger;
 * Q1 has all three funds months in, Q2 only April and May. Community N is founded on 2025-05-01 and sends nothing.
 * The job runs twice: on 2025-07-10 (Q2's last deadline, 10 July 23:59:59, not yet passed) and on 2025-07-11.
 */
class DisclosureJobTest {
    static final String P = "371901001001";
    static final String N = "371901001002";
    static final StructType COMMUNITIES = new StructType()
            .add("community_code", DataTypes.StringType, false).add("community_name", DataTypes.StringType, false)
            .add("street_code", DataTypes.StringType, false).add("street_name", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false).add("district_name", DataTypes.StringType, false)
            .add("established_on", DataTypes.DateType, true).add("dissolved_on", DataTypes.DateType, true);
    static final StructType FLAGS = new StructType()
            .add("community_code", DataTypes.StringType, false).add("account_no", DataTypes.StringType, false)
            .add("txn_id", DataTypes.StringType, true).add("txn_date", DataTypes.DateType, false)
            .add("month", DataTypes.StringType, false).add("year", DataTypes.IntegerType, false)
            .add("flag", DataTypes.StringType, false).add("amount_cny", DataTypes.createDecimalType(18, 2), false)
            .add("why", DataTypes.StringType, false).add("source_file", DataTypes.StringType, true)
            .add("line", DataTypes.IntegerType, true);

    @TempDir
    static Path before;
    @TempDir
    static Path after;

    @BeforeAll
    static void runOnTwoDates() {
        SparkSession spark = TestSpark.session();
        for (Path w : List.of(before, after)) {
            writeWarehouse(spark, w);
        }
        org.apache.spark.sql.Dataset<Row> flags = spark.createDataFrame(List.of(
                RowFactory.create(P, "A1", "T4", LocalDate.of(2025, 3, 20), "2025-03", 2025, "MISSING_APPROVAL",
                        new BigDecimal("1000.00"), "OUT 1,000.00 without approved_by", "f", 4)), FLAGS);
        DisclosureJob job = new DisclosureJob(spark, new BigDecimal("1000.00"), DeadlinePolicy.defaultPolicy());
        job.run(before, flags, LocalDate.of(2025, 7, 10));
        job.run(after, flags, LocalDate.of(2025, 7, 11));
    }

    @Test
    void aQuarterClosesWhenAllMonthsAreInOrItsLastDeadlineHasPassed() {
        assertThat(status(before)).containsExactly(
                P + " 2025-Q1 months=3 all=true passed=true closed=true",
                P + " 2025-Q2 months=2 all=false passed=false closed=false",
                N + " 2025-Q2 months=0 all=false passed=false closed=false",
                P + " 2025-Q3 months=0 all=false passed=false closed=false",
                N + " 2025-Q3 months=0 all=false passed=false closed=false");
        assertThat(status(after)).contains(
                P + " 2025-Q2 months=2 all=false passed=true closed=true",
                N + " 2025-Q2 months=0 all=false passed=true closed=true");
    }

    @Test
    void aQuarterWithAllMonthsInIsClosedBeforeItsDeadline() {
        Path w = before.resolveSibling(before.getFileName() + "-early");
        writeWarehouse(TestSpark.session(), w);
        new DisclosureJob(TestSpark.session(), new BigDecimal("1000.00"), DeadlinePolicy.defaultPolicy())
                .run(w, TestSpark.session().createDataFrame(List.<Row>of(), FLAGS), LocalDate.of(2025, 4, 2));
        assertThat(status(w)).containsExactly(P + " 2025-Q1 months=3 all=true passed=false closed=true",
                P + " 2025-Q2 months=2 all=false passed=false closed=false",
                N + " 2025-Q2 months=0 all=false passed=false closed=false");
    }

    @Test
    void balancesByItemPerAccountAndInTotalReconcile() {
        List<String> rows = new ArrayList<>();
        for (Row r : table(after, DisclosureJob.ACCOUNTS).orderBy("year", "quarter", "community_code", "is_total").collectAsList()) {
            rows.add(r.getAs("community_code") + " Q" + r.getAs("quarter") + " " + r.getAs("account_no")
                    + " open " + r.getAs("opening_cny") + " city " + r.getAs("income_city_allocation_cny")
                    + " in " + r.getAs("income_cny") + " assist " + r.getAs("spending_assistance_cny")
                    + " out " + r.getAs("spending_cny") + " close " + r.getAs("closing_cny") + " " + r.getAs("is_reconciled"));
        }
        // Q1: 5,000.00 in; 1,200.00 + 999.99 + 1,000.00 out. Q2: 2,000.00 + 3,000.00 out.
        assertThat(rows).containsExactly(
                P + " Q1 A1 open 0.00 city 5000.00 in 5000.00 assist 1200.00 out 3199.99 close 1800.01 true",
                P + " Q1 TOTAL open 0.00 city 5000.00 in 5000.00 assist 1200.00 out 3199.99 close 1800.01 true",
                P + " Q2 A1 open 1800.01 city 0.00 in 0.00 assist 5000.00 out 5000.00 close -3199.99 true",
                P + " Q2 TOTAL open 1800.01 city 0.00 in 0.00 assist 5000.00 out 5000.00 close -3199.99 true",
                N + " Q2 TOTAL open 0.00 city 0.00 in 0.00 assist 0.00 out 0.00 close 0.00 true",
                P + " Q3 A1 open -3199.99 city 0.00 in 0.00 assist 0.00 out 0.00 close -3199.99 true",
                P + " Q3 TOTAL open -3199.99 city 0.00 in 0.00 assist 0.00 out 0.00 close -3199.99 true",
                N + " Q3 TOTAL open 0.00 city 0.00 in 0.00 assist 0.00 out 0.00 close 0.00 true");
    }

    @Test
    void largePaymentsFromTheThresholdUpWithPersonsMaskedByCodePoint() {
        assertThat(table(after, DisclosureJob.LARGE_PAYMENTS).orderBy("txn_date").collectAsList())
                .extracting(r -> r.getAs("quarter") + " " + r.getAs("txn_id") + " " + r.getAs("amount_cny") + " "
                        + r.getAs("counterparty_shown") + " " + r.getAs("purpose"))
                .containsExactly("1 T2 1200.00 王** 救助",
                        "1 T4 1000.00 A*** ***** ** 活动",
                        "2 T5 2000.00 陈** 救助",
                        "2 T6 3000.00 买***** 救助");
        assertThat(status(after)).isNotEmpty();
        assertThat(table(after, DisclosureJob.QUARTERS).where(col("community_code").equalTo(P)).orderBy("quarter")
                .collectAsList()).extracting(r -> (Object) r.getAs("large_payment_count")).containsExactly(2, 2, 0);
    }

    @Test
    void theQuartersFlagsAndSources() {
        assertThat(table(after, DisclosureJob.FLAGS).collectAsList())
                .extracting(r -> r.getAs("quarter") + " " + r.getAs("flag") + " " + r.getAs("txn_id") + " " + r.getAs("why"))
                .containsExactly("1 MISSING_APPROVAL T4 OUT 1,000.00 without approved_by");
        assertThat(table(after, DisclosureJob.SOURCES).orderBy("period").collectAsList())
                .extracting(r -> r.getAs("quarter") + " " + r.getAs("file_name"))
                .containsExactly("1 " + file("2025-01"), "1 " + file("2025-02"), "1 " + file("2025-03"),
                        "2 " + file("2025-04"), "2 " + file("2025-05"));
    }

    private static List<String> status(Path w) {
        List<String> out = new ArrayList<>();
        for (Row r : table(w, DisclosureJob.QUARTERS).orderBy("year", "quarter", "community_code").collectAsList()) {
            out.add(r.getAs("community_code") + " " + r.getAs("quarter_label") + " months=" + r.getAs("months_in")
                    + " all=" + r.getAs("all_months_in") + " passed=" + r.getAs("deadline_passed")
                    + " closed=" + r.getAs("is_closed"));
        }
        return out;
    }

    private static org.apache.spark.sql.Dataset<Row> table(Path w, String name) {
        return TestSpark.session().read().parquet(w.resolve(name).toString());
    }

    private static String file(String period) {
        return P + "_funds_" + period + "_" + LocalDate.parse(period + "-01").plusMonths(1).toString().replace("-", "") + "T100000.csv";
    }

    private static void writeWarehouse(SparkSession spark, Path w) {
        spark.createDataFrame(List.of(
                RowFactory.create(P, "长乐家园社区", "371901001", "长兴街道", "371901", "金坛区", LocalDate.of(2020, 1, 1), null),
                RowFactory.create(N, "南红旗坊社区", "371901001", "长兴街道", "371901", "金坛区", LocalDate.of(2025, 5, 1), null)),
                COMMUNITIES).write().parquet(w.resolve("ref_communities").toString());
        List<Row> txns = new ArrayList<>();
        txns.add(txn("T1", "2025-01-05", "IN", "CITY_ALLOCATION", "5000.00", "市财政局", "ORG", "拨款"));
        txns.add(txn("T2", "2025-02-01", "OUT", "ASSISTANCE", "1200.00", "王小明", "PERSON", "救助"));
        txns.add(txn("T3", "2025-03-01", "OUT", "OFFICE", "999.99", "文具店", "ORG", "办公"));
        txns.add(txn("T4", "2025-03-20", "OUT", "ACTIVITIES", "1000.00", "Anna Maria Li", "PERSON", "活动"));
        txns.add(txn("T5", "2025-04-03", "OUT", "ASSISTANCE", "2000.00", "陈𠮷祥", "PERSON", "救助"));
        txns.add(txn("T6", "2025-05-03", "OUT", "ASSISTANCE", "3000.00", "买买提·艾力", "PERSON", "救助"));
        spark.createDataFrame(txns, StagingSchemas.staging(Dataset.FUNDS)).write().parquet(w.resolve("stg_funds").toString());
        List<Row> effective = new ArrayList<>();
        for (String period : List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05")) {
            LocalDateTime at = LocalDate.parse(period + "-01").plusMonths(1).atTime(10, 0);
            effective.add(RowFactory.create(P, "funds", period, file(period), at, file(period), at, at.plusDays(9), true));
        }
        spark.createDataFrame(effective, StagingSchemas.effectiveSubmissions())
                .write().parquet(w.resolve("submissions_effective").toString());
    }

    private static Row txn(String id, String date, String direction, String item, String amount, String counterparty,
                           String type, String purpose) {
        LocalDate d = LocalDate.parse(date);
        String period = date.substring(0, 7);
        return RowFactory.create(file(period), 2, P, period, d.withDayOfMonth(1).plusMonths(1).atTime(10, 0), true,
                id, "A1", d, direction, item, new BigDecimal(amount), "V" + id, counterparty, type, purpose, "主任");
    }
}
