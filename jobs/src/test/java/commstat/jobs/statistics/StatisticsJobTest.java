package commstat.jobs.statistics;

import commstat.jobs.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics marts on one hand-made warehouse, run on 2025-12-05: November and December are not yet due.
 * A is long established, C was established on 2025-06-15, D dissolved on 2025-03-10.
 */
class StatisticsJobTest {
    static final String A = "220302001001";
    static final String C = "220302001003";
    static final String D = "220302001004";

    @TempDir
    static Path dir;
    static Map<String, Long> written;

    @BeforeAll
    static void runTheStatistics() {
        WarehouseFixture w = new WarehouseFixture(TestSpark.session(), dir)
                .community(A).community(C, "2025-06-15", null).community(D, "2000-01-01", "2025-03-10");
        // population 2025-01: rejected whole, then accepted and superseded, then the effective file
        w.file(A, "population", "2025-01", "2025-02-01T08:00:00").rejectedWhole().rejected(5);
        w.file(A, "population", "2025-01", "2025-02-03T08:00:00").superseded().rejected(3);
        w.population(A, "2025-01", 300, 100);
        w.effective(A, "population", "2025-01").rejected(1);
        w.population(A, "2025-03", 310, 104);
        w.file(A, "employment", "2025-02", "2025-03-20T10:00:00").late();
        // employment
        w.event(A, "p1", "h9", "UNEMPLOYED_REGISTERED", "2024-12-20");
        w.event(A, "p1", "h9", "EMPLOYED", "2025-02-10");
        w.event(A, "p2", "h9", "UNEMPLOYED_REGISTERED", "2025-01-05");
        w.event(A, "p2", "h9", "EMPLOYED", "2025-01-05");
        w.event(A, "p3", "h9", "EMPLOYED", "2025-01-20");
        w.event(A, "p4", "h9", "UNEMPLOYED_REGISTERED", "2025-01-07");
        w.event(A, "p4", "h9", "UNEMPLOYED_REGISTERED", "2025-01-25");
        w.event(A, "q1", "h1", "ZERO_HOUSEHOLD_DECLARED", "2025-01-10");
        w.event(A, "q1", "h1", "ZERO_HOUSEHOLD_DECLARED", "2025-02-10");
        w.event(A, "q1", "h1", "ZERO_HOUSEHOLD_CLEARED", "2025-02-10");
        w.event(A, "q2", "h2", "ZERO_HOUSEHOLD_DECLARED", "2025-03-01");
        // floating register
        WarehouseFixture.FileSpec jan = w.effective(A, "floating", "2025-01");
        w.floating(jan, "r1", "11", "2025-01-05", null, "RENTAL", "WORK");
        w.floating(jan, "r2", "37", "2024-12-01", "2025-01-31", "EMPLOYER", "STUDY");
        w.floating(w.file(A, "floating", "2025-02", "2025-03-01T08:00:00").superseded(), "r4", "44", "2025-02-01", null, "OTHER", "WORK");
        WarehouseFixture.FileSpec mar = w.effective(A, "floating", "2025-03");
        w.floating(mar, "r1", "11", "2025-01-05", "2025-04-15", "RENTAL", "WORK");
        w.floating(mar, "r3", "52", "2025-03-02", null, "RELATIVE", "WORK");
        w.floating(mar, "r3", "52", "2025-03-02", null, "RELATIVE", "FAMILY");
        WarehouseFixture.FileSpec jun = w.effective(A, "floating", "2025-06");
        w.floating(jun, "r1", "11", "2025-01-05", null, "RENTAL", "WORK");
        w.floating(jun, "r5", "11", "2025-06-01", null, "RENTAL", "BUSINESS");
        w.floating(w.effective(A, "floating", "2025-11"), "r6", "11", "2025-11-01", null, "RENTAL", "WORK");
        w.floating(w.effective(C, "floating", "2025-08"), "c1", "23", "2025-08-01", null, "RENTAL", "WORK");
        w.write();
        written = new StatisticsJob(TestSpark.session(), dir, new Art14Thresholds(1000, new BigDecimal("0.5"),
                new BigDecimal("0.4")), 10).run(2025, LocalDate.parse("2025-12-05").atStartOfDay());
    }

    static List<Row> table(String name) {
        return TestSpark.session().read().parquet(dir.resolve(name).toString()).collectAsList();
    }

    static Map<String, String> grid() {
        Map<String, String> m = new TreeMap<>();
        for (Row r : table(ReportingGrid.TABLE)) {
            m.put(r.getAs("community_code") + " " + r.getAs("dataset") + " " + r.getAs("period"),
                    r.getAs("is_expected") + " " + r.getAs("is_received") + " " + r.getAs("is_on_time") + " "
                            + r.getAs("status") + " " + r.getAs("rejected_rows") + " " + r.getAs("rejected_rows_all_files"));
        }
        return m;
    }

    @Test
    void theGridHasEveryCommunityDatasetAndMonth() {
        assertThat(written.get(ReportingGrid.TABLE)).isEqualTo(3 * 4 * 12);
        Map<String, String> g = grid();
        assertThat(g).hasSize(144)
                .containsEntry(A + " population 2025-01", "true true true on_time 1 9")
                .containsEntry(A + " employment 2025-02", "true true false late 0 0")
                .containsEntry(A + " population 2025-02", "true false false missing 0 0")
                .containsEntry(A + " population 2025-11", "true false null not_yet_due 0 0")
                .containsEntry(A + " floating 2025-11", "true true true on_time 0 0")
                .containsEntry(C + " population 2025-05", "false false false not_expected 0 0")
                .containsEntry(C + " population 2025-06", "true false false missing 0 0")
                .containsEntry(C + " floating 2025-08", "true true true on_time 0 0")
                .containsEntry(D + " funds 2025-03", "true false false missing 0 0")
                .containsEntry(D + " funds 2025-04", "false false false not_expected 0 0");
    }

    @Test
    void ratesAreTheGridSummedPerStreetDistrictAndCity() {
        Map<String, String> m = new TreeMap<>();
        for (Row r : table(ReportingRates.TABLE)) {
            m.put(r.getAs("level") + " " + r.getAs("unit_code") + " " + r.getAs("dataset") + " " + r.getAs("period"),
                    r.getAs("communities") + " " + r.getAs("expected") + " " + r.getAs("received") + " " + r.getAs("on_time")
                            + " " + r.getAs("late") + " " + r.getAs("missing") + " " + r.getAs("not_yet_due") + " "
                            + r.getAs("rejected_rows") + " " + r.getAs("rejected_rows_all_files"));
        }
        assertThat(m).hasSize(3 * 4 * 12)
                .containsEntry("street 220302001 population 2025-01", "3 2 1 1 0 1 0 1 9")
                .containsEntry("district 220302 employment 2025-02", "3 2 1 0 1 1 0 0 0")
                .containsEntry("city 2203 population 2025-12", "3 2 0 0 0 0 2 0 0");
    }

    @Test
    void employmentFiguresFollowTheSameDayRules() {
        Map<String, String> m = new TreeMap<>();
        for (Row r : table(EmploymentMonthly.TABLE)) {
            m.put(r.getAs("community_code") + " " + r.getAs("period"), r.getAs("registered_unemployed") + " "
                    + r.getAs("new_registrations") + " " + r.getAs("placements") + " " + r.getAs("open_zero_households"));
        }
        assertThat(m).hasSize(12)
                .containsEntry(A + " 2025-01", "2 2 1 1")
                .containsEntry(A + " 2025-02", "1 0 1 0")
                .containsEntry(A + " 2025-03", "1 0 0 1")
                .containsEntry(A + " 2025-12", "1 0 0 1");
    }

    @Test
    void populationMonthsWithoutASubmissionAreEmpty() {
        Map<String, String> m = new TreeMap<>();
        for (Row r : table(PopulationMonthly.TABLE)) {
            m.put(r.getAs("community_code") + " " + r.getAs("period"),
                    r.getAs("is_reported") + " " + r.getAs("resident_population") + " " + r.getAs("aged_18_59"));
        }
        assertThat(m).hasSize(36)
                .containsEntry(A + " 2025-01", "true 300 100")
                .containsEntry(A + " 2025-02", "false null null")
                .containsEntry(A + " 2025-03", "true 310 104")
                .containsEntry(A + " 2025-04", "false null null");
    }

    @Test
    void floatingResidentsActiveAtMonthEndFromTheFilesUpToThatMonth() {
        Map<String, Integer> m = new TreeMap<>();
        for (Row r : table(FloatingActiveMonthly.TABLE)) {
            m.put(r.getAs("community_code") + " " + r.getAs("period") + " " + r.getAs("dimension") + " " + r.getAs("category"),
                    r.getAs("active"));
        }
        assertThat(m)
                .containsEntry(A + " 2025-01 total ALL", 1)   // r2 departed on the month's last day
                .containsEntry(A + " 2025-01 reason WORK", 1)
                .containsEntry(A + " 2025-01 origin_province 11", 1)
                .containsEntry(A + " 2025-02 total ALL", 1)   // r4 only in a superseded file
                .containsEntry(A + " 2025-03 total ALL", 2)
                .containsEntry(A + " 2025-03 reason FAMILY", 1) // r3's later line wins
                .containsEntry(A + " 2025-03 housing_type RELATIVE", 1)
                .containsEntry(A + " 2025-04 total ALL", 1)   // r1 left on 15 April
                .containsEntry(A + " 2025-05 total ALL", 1)   // June's file does not change May
                .containsEntry(A + " 2025-06 total ALL", 3)
                .containsEntry(A + " 2025-11 total ALL", 4)
                .containsEntry(C + " 2025-07 total ALL", 0)
                .containsEntry(C + " 2025-08 total ALL", 1)
                .doesNotContainKey(A + " 2025-03 reason STUDY")
                .doesNotContainKey(D + " 2025-01 total ALL");
        assertThat(m.keySet().stream().filter(k -> k.endsWith("total ALL"))).hasSize(24);
    }

    @Test
    void theRegisterCountsAreWrittenInTheTablesOrderAndAFileHoldsACity() throws Exception {
        Path file = dir.resolve(FloatingActiveMonthly.TABLE).resolve("part-00000.parquet");
        List<Row> asWritten = TestSpark.session().read().parquet(file.toString()).collectAsList();
        List<Row> sorted = TestSpark.session().read().parquet(file.toString())
                .orderBy(FloatingActiveMonthly.ORDER[0], java.util.Arrays.copyOfRange(FloatingActiveMonthly.ORDER, 1, 5))
                .collectAsList();
        assertThat(asWritten).hasSizeGreaterThan(24).isEqualTo(sorted);
        // one row per community, month and category (1 + 5 reasons + 4 housing types + 34 provinces) at most
        assertThat(FloatingActiveMonthly.files(600, 24)).as("a city: 633,600 rows at most").isEqualTo(1);
        assertThat(FloatingActiveMonthly.files(6_000, 24)).as("a province: 6,336,000").isEqualTo(4);
    }
}
