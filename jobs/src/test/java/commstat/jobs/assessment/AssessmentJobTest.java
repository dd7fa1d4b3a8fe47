package commstat.jobs.assessment;

import commstat.jobs.TestSpark;
import commstat.jobs.statistics.WarehouseFixture;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on a small warehouse: who is assessed, the marts it writes and that a rerun writes the same
 * bytes. A (220302001001) reports fully, B sends only population, C was established mid-year, D dissolved.
 */
class AssessmentJobTest {
    static final String A = "220302001001";
    static final String B = "220302001002";
    static final String C = "220302001003";
    static final String D = "220303001004";

    @TempDir
    static Path dir;
    static AssessmentResult result;
    static byte[] firstUncertainty;

    @BeforeAll
    static void assess() throws IOException {
        WarehouseFixture w = new WarehouseFixture(TestSpark.session(), dir)
                .community(A).community(B).community(C, "2025-06-01", null).community(D, null, "2025-12-30");
        for (int m = 1; m <= 12; m++) {
            String period = String.format("2025-%02d", m);
            w.population(A, period, 1000, 600);
            w.event(A, "p" + m, "h" + m, "UNEMPLOYED_REGISTERED", period + "-03");
            w.event(A, "p" + m, "h" + m, "EMPLOYED", period + "-20");
            w.floating(w.effective(A, "floating", period), "r" + m, "11", period + "-01", null, "RENTAL", "WORK");
            w.effective(A, "funds", period);
        }
        w.event(A, "p0", "h0", "UNEMPLOYED_REGISTERED", "2025-12-28"); // U = 1 of W = 600
        w.population(B, "2025-05", 500, 300);
        w.input(2025, A, "SAFETY_INCIDENTS", "0").input(2025, A, "SATISFACTION", "95").input(2025, A, "STREET_EVALUATION", "95");
        w.fundPoints(A, 2025, 0).fundPoints(B, 2025, null);
        w.write();
        result = new AssessmentJob(TestSpark.session(), dir, SchemeLoader.loadDefault()).run(2025).result();
        firstUncertainty = Files.readAllBytes(dir.resolve(AssessmentTables.UNCERTAINTY).resolve("part-00000.parquet"));
    }

    /** Year 2025's rows (one test adds 2024). */
    static List<Row> table(String name) {
        return TestSpark.session().read().parquet(dir.resolve(name).toString()).where("year = 2025").collectAsList();
    }

    @Test
    void aCommunityThatReportedEverythingOnTimeIsExcellent() {
        CommunityAssessment a = result.assessed().get(0);
        assertThat(a.community().code()).isEqualTo(A);
        assertThat(a.indicator(Indicator.UNEMPLOYMENT_RATE).raw()).isEqualTo(Fraction.of(1, 600));
        assertThat(a.indicator(Indicator.PLACEMENT_RATE).raw()).isEqualTo(Fraction.of(12, 13));
        assertThat(a.score()).isEqualByComparingTo("100.00");
        assertThat(a.rating()).isEqualTo("EXCELLENT");
        assertThat(result.fullyEmployed()).extracting(x -> x.community().code()).containsExactly(A);
    }

    @Test
    void theMartsHoldOneRowPerAssessedCommunityAndIndicator() {
        Map<String, String> scores = new TreeMap<>();
        for (Row r : table(AssessmentTables.SCORES)) {
            scores.put(r.getAs("community_code"), r.getAs("score") + " " + r.getAs("rating") + " "
                    + r.getAs("district_rank") + " " + r.getAs("city_rank") + " " + r.getAs("uncertainty_class"));
        }
        // D is dissolved on 30 Dec (before Y-12-31): not assessed; B is alone in nothing but population
        assertThat(scores).containsOnlyKeys(A, B);
        assertThat(scores.get(A)).isEqualTo("100.00 EXCELLENT 1 1 stable");
        assertThat(scores.get(B)).endsWith("FAIL 2 2 robust");
        assertThat(table(AssessmentTables.INDICATORS)).hasSize(20);
        Map<String, String> notAssessed = new TreeMap<>();
        table(AssessmentTables.NOT_ASSESSED).forEach(r -> notAssessed.put(r.getAs("community_code"), r.getAs("reason")));
        assertThat(notAssessed).containsExactly(Map.entry(C, "NEW"), Map.entry(D, "DISSOLVED"));
    }

    @Test
    void eachIndicatorRowExplainsItsPointsLost() {
        Map<String, String> explanations = new TreeMap<>();
        for (Row r : table(AssessmentTables.INDICATORS)) {
            if (r.getAs("community_code").equals(B)) {
                explanations.put(r.getAs("indicator"), r.getAs("explanation"));
            }
        }
        assertThat(explanations).containsEntry("completeness", "15.00 points lost on completeness: 47 of 48 monthly submissions missing")
                .containsEntry("unemployment_rate",
                        "15.00 points lost on the unemployment rate: missing (no effective employment submission in 2025)")
                .containsEntry("fund_anomaly_points",
                        "15.00 points lost on fund anomalies: missing (no effective funds submission in 2025)");
    }

    @Test
    void consequencesGoToFinanceForTheNextYear() {
        Map<String, String> rows = new TreeMap<>();
        for (Row r : table(AssessmentTables.CONSEQUENCES)) {
            rows.put(r.getAs("community_code"), r.getAs("applies_to_year") + " " + r.getAs("rating") + " "
                    + r.getAs("funds_change_pct") + " " + r.getAs("staff_pay_change_pct") + " " + r.getAs("commendation")
                    + " " + r.getAs("uncertainty_class") + " " + r.getAs("needs_review"));
        }
        assertThat(rows).containsExactly(
                Map.entry(A, "2026 EXCELLENT 0 0 true stable false"),
                Map.entry(B, "2026 FAIL -10 -5 false robust false"));
    }

    @Test
    void aRerunWritesTheSameBytesAndKeepsOtherYears() throws IOException {
        AssessmentJob job = new AssessmentJob(TestSpark.session(), dir, SchemeLoader.loadDefault());
        job.run(2024);
        job.run(2025);
        assertThat(Files.readAllBytes(dir.resolve(AssessmentTables.UNCERTAINTY).resolve("part-00000.parquet")))
                .isNotEqualTo(firstUncertainty); // now holds 2024 too
        Map<Integer, Integer> years = new TreeMap<>();
        TestSpark.session().read().parquet(dir.resolve(AssessmentTables.SCORES).toString()).collectAsList()
                .forEach(r -> years.merge(r.getAs("year"), 1, Integer::sum));
        assertThat(years).containsExactly(Map.entry(2024, 3), Map.entry(2025, 2));
        AssessmentResult again = job.assess(2025);
        assertThat(again.assessed()).isEqualTo(result.assessed());
        assertThat(again.uncertainty()).isEqualTo(result.uncertainty());
    }

    @Test
    void theSummaryListsRatingsAndFails() {
        String text = AssessmentSummary.text(SchemeLoader.loadDefault(), result, Map.of());
        assertThat(text).contains("assessment 2025: 2 communities assessed, 2 not assessed")
                .contains("by rating: EXCELLENT 1 GOOD 0 PASS 0 FAIL 1")
                .contains("FAIL " + B)
                .contains("robust");
    }
}
