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
}
