package commstat.jobs.funds;

import commstat.jobs.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The funds job on the hand-computed fixture of {@code src/test/resources/funds/} (see {@link FundsFixture}). */
class FundsJobTest {
    static final String A = "371901001001";
    static final String B = "371901001002";
    static final String C = "371901001003";
    static final String D = "371902001001";

    @TempDir
    static Path warehouse;
    static FundsRunSummary summary;

    @BeforeAll
    static void runFundsJobOnTheFixture() {
        FundsFixture.write(TestSpark.session(), warehouse);
        summary = new FundsJob(TestSpark.session(), FundsConfig.defaults())
                .run(warehouse, FundsFixture.YEAR, LocalDate.of(2026, 3, 1));
    }

    @Test
    void offBookIsAnUnregisteredAccountAnotherCommunitysAccountOrADateOutsideTheInclusiveRegistration() {
        assertThat(flagged(A, "OFF_BOOK_ACCOUNT")).containsExactly("A-OB1", "A-OB2", "A-OB3", "A-OB6");
        assertThat(why(A, "A-OB1", "OFF_BOOK_ACCOUNT")).isEqualTo("IN 200.00: account X9 is not a registered special account");
        assertThat(why(A, "A-OB2", "OFF_BOOK_ACCOUNT"))
                .isEqualTo("IN 300.00: account B1 is registered to community 371901001002, not to 371901001001");
        assertThat(why(A, "A-OB3", "OFF_BOOK_ACCOUNT"))
                .isEqualTo("IN 1,000.00: dated 2025-01-09, outside the registration of account A1 (opened 2025-01-10, closed 2025-03-31)");
    }

    @Test
    void negativeBalanceFlagsEveryMonthWithADayBelowZeroIncludingAQuietOne() {
        List<Row> flags = table("fund_flags").where(col("flag").equalTo("NEGATIVE_BALANCE")).orderBy("month").collectAsList();
        assertThat(flags).extracting(r -> r.getAs("community_code") + " " + r.getAs("account_no") + " " + r.getAs("month")
                        + " " + r.getAs("txn_date") + " " + r.getAs("amount_cny") + " " + r.getAs("txn_id"))
                .containsExactly(B + " B1 2025-02 2025-02-10 -200.00 null", B + " B1 2025-03 2025-03-01 -200.00 null");
        assertThat((String) flags.get(1).getAs("why")).isEqualTo("account B1 ends a day below zero in 2025-03: first on 2025-03-01,"
                + " lowest end-of-day balance -200.00 (month opened at -200.00, closed at -200.00)");
    }

    @Test
    void balancesStartFromTheOpeningBalanceAndLeaveOutTransactionsOnOrBeforeAsOf() {
        Map<String, String> b1 = months(B, "B1");
        assertThat(b1).hasSize(12);
        assertThat(b1.get("2025-01")).isEqualTo("100.00 0.00 0.00 100.00 100.00 false");
        assertThat(b1.get("2025-02")).isEqualTo("100.00 0.00 300.00 -200.00 -200.00 true");
        assertThat(b1.get("2025-03")).isEqualTo("-200.00 0.00 0.00 -200.00 -200.00 true");
        assertThat(b1.get("2025-04")).as("the overdraft is paid on the 1st").isEqualTo("-200.00 500.00 0.00 300.00 300.00 false");
        assertThat(b1.get("2025-12")).isEqualTo("250.00 0.00 0.00 250.00 250.00 false");
    }

    @Test
    void theSeriesRunsFromTheFirstMonthToTheLaterOfTheLastTransactionAndYearEnd() {
        assertThat(months("371902001002", "E1").keySet()).hasSize(19).first().isEqualTo("2024-06");
        assertThat(new TreeSet<>(months(D, "D1").keySet()).last()).isEqualTo("2026-01");
        assertThat(months(D, "D1").get("2026-01")).isEqualTo("74900.01 0.00 10.00 74890.01 74890.01 false");
        assertThat(months(A, "B1")).as("another community's account is an account of this community too").hasSize(11);
    }

    @Test
    void everyMonthReconcilesOpeningPlusIncomeMinusSpendingToClosing() {
        for (Row r : table("fund_balances_monthly").collectAsList()) {
            BigDecimal closing = r.<BigDecimal>getAs("opening_cny").add(r.getAs("income_cny")).subtract(r.getAs("spending_cny"));
            assertThat(r.<BigDecimal>getAs("closing_cny")).as(r.toString()).isEqualTo(closing);
        }
    }

    @Test
    void duplicatesAreLaterRepeatsWithinThreeDaysOrOnTheSameVoucher() {
        assertThat(flagged(C, "DUPLICATE_PAYMENT")).containsExactly("C-D12", "C-D2", "C-D4", "C-D9", "C-T2");
        assertThat(why(C, "C-D4", "DUPLICATE_PAYMENT"))
                .isEqualTo("OUT 800.00 repeats C-D1 of 2025-03-01 to the same counterparty (the same voucher V1)");
    }

    @Test
    void aRepeatInYOfAPaymentInYMinusOneCountsInY() {
        assertThat(table("fund_flags").where(col("txn_id").equalTo("C-D9")).collectAsList())
                .extracting(r -> r.getAs("year") + " " + r.getAs("why"))
                .containsExactly("2025 OUT 700.00 repeats C-D8 of 2024-12-30 to the same counterparty (3 days apart, within 3)");
    }

    @Test
    void splitPaymentsReachTheThresholdTogetherFromAmountsBelowIt() {
        assertThat(flagged(D, "SPLIT_PAYMENT")).containsExactly("D-S1", "D-S2", "D-S6", "D-S7");
        assertThat(flagged(D, "DUPLICATE_PAYMENT")).containsExactly("D-S2");
        assertThat(why(D, "D-S6", "SPLIT_PAYMENT"))
                .isEqualTo("OUT 100.00 is one of 2 payments below 5,000.00 to the same counterparty on 2025-04-03, together 5,000.00");
    }

    @Test
    void missingApprovalIsAnOutWithoutApprover() {
        assertThat(table("fund_flags").where(col("flag").equalTo("MISSING_APPROVAL")).orderBy("txn_id").collectAsList())
                .extracting(r -> r.getAs("txn_id") + " " + r.getAs("year"))
                .containsExactly("B-4 2025", "D-2 2026");
    }

    @Test
    void aSupersededFilesRowsCountNowhere() {
        assertThat(table("fund_flags").where(col("txn_id").startsWith("C-S")).count()).isZero();
        assertThat(table("fund_balances_monthly").where(col("account_no").equalTo("ZZ")).count()).isZero();
        assertThat(months(C, "C1").get("2025-03")).startsWith("111899.99 0.00 4000.01 ");
    }

    @Test
    void flagCountsAndAnomalyPointsOfYWeighFlagsOfTransactionsDatedInY() {
        Map<String, String> points = new TreeMap<>();
        for (Row r : table("fund_anomaly_points").collectAsList()) {
            points.put(r.getAs("community_code"), String.valueOf((Object) r.getAs("fund_anomaly_points")));
        }
        assertThat(points).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                A, "20", B, "7", C, "10", D, "10", "371902001002", "null", "371902001003", "0",
                FundsFixture.G, "0", FundsFixture.H, "0", "371902001006", "null")));
        assertThat(summary.flagsOfYear()).containsExactlyEntriesOf(new TreeMap<>(Map.of("DUPLICATE_PAYMENT", 6L,
                "MISSING_APPROVAL", 1L, "NEGATIVE_BALANCE", 2L, "OFF_BOOK_ACCOUNT", 4L, "SPLIT_PAYMENT", 4L)));
        assertThat(table("fund_flag_counts").where(col("year").equalTo(2026)).collectAsList())
                .extracting(r -> r.getAs("community_code") + " " + r.getAs("flag") + " " + r.getAs("flag_count"))
                .containsExactly(D + " MISSING_APPROVAL 1");
    }

    @Test
    void benfordIsJudgedFrom300AmountsAndScoresNothing() {
        Map<String, Row> byCommunity = new TreeMap<>();
        for (Row r : table("fund_benford").where(col("year").equalTo(2025)).collectAsList()) {
            byCommunity.put(r.getAs("community_code"), r);
        }
        Row g = byCommunity.get(FundsFixture.G);
        assertThat((int) g.getAs("n")).isEqualTo(300);
        assertThat((double) g.getAs("mad")).isCloseTo(2 * (1 - Math.log10(2)) / 9, within(1e-12));
        assertThat((boolean) g.getAs("is_nonconforming")).isTrue();
        Row h = byCommunity.get(FundsFixture.H);
        assertThat((int) h.getAs("n")).isEqualTo(299);
        assertThat((boolean) h.getAs("is_judged")).isFalse();
        assertThat((boolean) h.getAs("is_nonconforming")).isFalse();
        assertThat(table("fund_flags").where(col("flag").equalTo("BENFORD_NONCONFORMITY")).count()).isZero();
    }

    @Test
    void art6RequiresATenthOfAPercentRoundedHalfUpToTheFen() {
        assertThat(rows("art6_allocations", "required_cny", "allocated_cny", "is_compliant", "shortfall_cny")).containsExactly(
                "2025 CITY 3719 100000.00 100000.00 true 0.00",
                "2025 DISTRICT 371901 20000.01 20000.00 false 0.01",
                "2025 DISTRICT 371902 -50.00 500.00 true 0.00",
                "2025 DISTRICT 371909 0.00 0.00 true 0.00");
    }

    @Test
    void withheldFundsAreFlaggedAboveOnePercentOfTheAllocation() {
        assertThat(rows("withheld_funds", "allocated_cny", "received_cny", "gap_cny", "is_flagged")).containsExactly(
                "2025 CITY 3719 100000.00 99000.00 1000.00 false",
                "2025 DISTRICT 371901 20000.00 19799.99 200.01 true",
                "2025 DISTRICT 371902 500.00 600.00 -100.00 false",
                "2025 DISTRICT 371909 0.00 0.00 0.00 false");
    }

    @Test
    void aRerunWritesTheSameBytes() throws IOException {
        Map<String, byte[]> before = parquetFiles();
        new FundsJob(TestSpark.session(), FundsConfig.defaults()).run(warehouse, FundsFixture.YEAR, LocalDate.of(2026, 3, 2));
        Map<String, byte[]> after = parquetFiles();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void theSummaryNamesNonCompliantUnitsAndWithheldGaps() {
        assertThat(summary.toText())
                .contains("MISSING_APPROVAL", "Art. 6 2025: 1 of 4 units not compliant", "371901", "FLAGGED");
    }

    private static Map<String, byte[]> parquetFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String table : List.of("fund_balances_monthly", "fund_flags", "fund_flag_counts", "fund_anomaly_points",
                "fund_benford", "art6_allocations", "withheld_funds")) {
            try (Stream<Path> parts = Files.list(warehouse.resolve(table))) {
                for (Path p : parts.toList()) {
                    files.put(table + "/" + p.getFileName(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static List<String> rows(String table, String... columns) {
        return table(table).orderBy("year", "level", "unit_code").collectAsList().stream().map(r -> {
            StringBuilder b = new StringBuilder(r.getAs("year") + " " + r.getAs("level") + " " + r.getAs("unit_code"));
            for (String c : columns) {
                b.append(' ').append((Object) r.getAs(c));
            }
            return b.toString();
        }).toList();
    }

    /** month → "opening income spending closing min is_negative". */
    private static Map<String, String> months(String community, String account) {
        Map<String, String> out = new TreeMap<>();
        for (Row r : table("fund_balances_monthly")
                .where(col("community_code").equalTo(community).and(col("account_no").equalTo(account))).collectAsList()) {
            out.put(r.getAs("month"), r.getAs("opening_cny") + " " + r.getAs("income_cny") + " " + r.getAs("spending_cny")
                    + " " + r.getAs("closing_cny") + " " + r.getAs("min_balance_cny") + " " + r.getAs("is_negative"));
        }
        return out;
    }

    private static List<String> flagged(String community, String flag) {
        return table("fund_flags").where(col("community_code").equalTo(community).and(col("flag").equalTo(flag)))
                .orderBy("txn_id").collectAsList().stream().map(r -> (String) r.getAs("txn_id")).toList();
    }

    private static String why(String community, String txnId, String flag) {
        return table("fund_flags").where(col("community_code").equalTo(community).and(col("txn_id").equalTo(txnId))
                .and(col("flag").equalTo(flag))).first().getAs("why");
    }

    private static org.apache.spark.sql.Dataset<Row> table(String name) {
        SparkSession spark = TestSpark.session();
        return spark.read().parquet(warehouse.resolve(name).toString());
    }
}
