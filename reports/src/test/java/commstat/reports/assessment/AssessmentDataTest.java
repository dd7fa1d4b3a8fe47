package commstat.reports.assessment;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentDataTest {
    /** The documents' input hashes print the data: its text must not depend on the JVM (Map.copyOf's order does). */
    @Test
    void theDistrictNamesPrintInCodeOrder() {
        Map<String, String> names = new HashMap<>();
        StringBuilder expected = new StringBuilder("{");
        for (int d = 10; d < 40; d++) {
            names.put("2201" + d, "区" + d);
            expected.append(d == 10 ? "" : ", ").append("2201").append(d).append("=区").append(d);
        }
        AssessmentData data = new AssessmentData(2025, List.of(), List.of(), List.of(), List.of(), List.of(), names);
        assertThat(data.districtNames().toString()).isEqualTo(expected.append("}").toString());
    }

    @Test
    void eachCommunitysRowsComeInTheMartsOrder() {
        List<AssessmentData.TrendMonth> trends = List.of(
                new AssessmentData.TrendMonth("c1", "2025-01", 10, 1, 2),
                new AssessmentData.TrendMonth("c2", "2025-01", 20, 2, 3),
                new AssessmentData.TrendMonth("c1", "2025-02", 11, 1, 2),
                new AssessmentData.TrendMonth("c2", "2025-02", 21, 2, 3));
        List<AssessmentData.ReportingCell> reporting = List.of(new AssessmentData.ReportingCell("c2", "2025-01", "late"));
        AssessmentData data = new AssessmentData(2025, List.of(), List.of(), List.of(), trends, reporting, Map.of());
        assertThat(data.trendsOf("c1")).extracting(AssessmentData.TrendMonth::period).containsExactly("2025-01", "2025-02");
        assertThat(data.trendsOf("c2")).extracting(AssessmentData.TrendMonth::residentPopulation).containsExactly(20, 21);
        assertThat(data.reportingOf("c2")).hasSize(1);
        assertThat(data.reportingOf("c1")).isEmpty();
        assertThat(data.indicatorsOf("c9")).isEmpty();
        assertThat(data.scoresOf("nowhere")).isEmpty();
    }
}
