package commstat.jobs.funds;

import commstat.jobs.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funds job run once for several years (as the nightly does) writes each year's anomaly points, and a later
 * single-year run replaces only its own year: a snapshot holds the points every one of its assessments used.
 */
class FundsYearsTest {
    static final LocalDate RUN_DATE = LocalDate.of(2026, 3, 1);

    @TempDir
    Path warehouse;

    @Test
    void oneRunForTwoYearsWritesThePointsOfBothAndARunForOneYearKeepsTheOther() {
        int y = FundsFixture.YEAR;
        FundsFixture.write(TestSpark.session(), warehouse);
        FundsJob job = new FundsJob(TestSpark.session(), FundsConfig.defaults());
        FundsRunSummary summary = job.run(warehouse, List.of(y, y + 1), RUN_DATE);

        assertThat(summary.year()).as("the summary is of the latest year").isEqualTo(y + 1);
        // Y's points as FundsJobTest computes them by hand for a run of Y alone.
        assertThat(points(y)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                FundsJobTest.A, "20", FundsJobTest.B, "7", FundsJobTest.C, "10", FundsJobTest.D, "10",
                "371902001002", "null", "371902001003", "0", FundsFixture.G, "0", FundsFixture.H, "0",
                "371902001006", "null")));
        Map<String, String> nextYear = points(y + 1);
        assertThat(nextYear).containsEntry(FundsJobTest.D, "1"); // its one MISSING_APPROVAL of Y+1
        assertThat(months(y + 1)).as("balances run to the end of the latest year").contains((y + 1) + "-12");

        job.run(warehouse, y, RUN_DATE);
        assertThat(points(y + 1)).as("a run for Y keeps Y+1").isEqualTo(nextYear);
        assertThat(months(y + 1)).doesNotContain((y + 1) + "-12");
    }

    private Map<String, String> points(int year) {
        Map<String, String> out = new TreeMap<>();
        for (Row r : table("fund_anomaly_points").where("year = " + year).collectAsList()) {
            out.put(r.getAs("community_code"), String.valueOf((Object) r.getAs("fund_anomaly_points")));
        }
        return out;
    }

    private List<String> months(int year) {
        return table("fund_balances_monthly").where("year = " + year).select("month").distinct()
                .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    }

    private org.apache.spark.sql.Dataset<Row> table(String name) {
        return TestSpark.session().read().parquet(warehouse.resolve(name).toString());
    }
}
