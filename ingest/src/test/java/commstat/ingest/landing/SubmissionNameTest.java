package commstat.ingest.landing;

import commstat.ingest.contract.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionNameTest {
    @Test
    void aContractNameParses() throws Exception {
        SubmissionName n = SubmissionName.parse("220302001003_funds_2026-02_20260309T164210.csv");
        assertThat(n).isEqualTo(new SubmissionName("220302001003", Dataset.FUNDS, YearMonth.of(2026, 2),
                LocalDateTime.of(2026, 3, 9, 16, 42, 10), "csv"));
    }

    @Test
    void theExtensionMayBeInAnyCase() throws Exception {
        assertThat(SubmissionName.parse("371904001003_population_2025-08_20250831T205847.CSV").extension())
                .isEqualTo("csv");
        assertThat(SubmissionName.parse("371904001003_population_2025-08_20250831T205847.Xlsx").extension())
                .isEqualTo("xlsx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"371904001001-population-2025-06-20250701T081426.csv",
            "371904001001_finance_2025-06_20250701T081426.csv", "371904001001_population_2025-06_20250701T081426.csv.bak",
            "371904001001_population_2025-06_20250701T081426.xls", "37190400100_population_2025-06_20250701T081426.csv",
            "371904001001_population_2025-6_20250701T081426.csv", "371904001001_POPULATION_2025-06_20250701T081426.csv",
            "人口月报_2025年6月_翰林路社区.xlsx"})
    void otherShapesAreBadFileNames(String name) {
        assertThatThrownBy(() -> SubmissionName.parse(name)).isInstanceOf(BadFileNameException.class)
                .hasMessage("name is not <community>_<dataset>_<yyyy-MM>_<yyyyMMddTHHmmss>.<csv|xlsx|json>");
    }

    @Test
    void theMonthAndTheTimeMustBeReal() {
        assertThatThrownBy(() -> SubmissionName.parse("371904001001_population_2025-13_20250701T081426.csv"))
                .hasMessage("period 2025-13 is not a month");
        assertThatThrownBy(() -> SubmissionName.parse("371904001001_population_2025-06_20250731T251500.csv"))
                .hasMessage("submitted_at 20250731T251500 is not a date-time");
        assertThatThrownBy(() -> SubmissionName.parse("371904001001_population_2025-02_20250230T101500.csv"))
                .hasMessage("submitted_at 20250230T101500 is not a date-time");
    }
}
