package commstat.jobs.statistics;

import commstat.jobs.statistics.RegisterCounts.Count;
import commstat.jobs.statistics.RegisterCounts.RegisterRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The month-end rule of the floating register on one community, worked out by hand (no Spark). */
class RegisterCountsTest {
    static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3),
            YearMonth.of(2025, 4));

    static RegisterRow row(String record, String period, int line, String registered, String departed, String reason) {
        return new RegisterRow(record, period, line, LocalDate.parse(registered),
                departed == null ? null : LocalDate.parse(departed), reason, "RENTAL", "37");
    }

    static Map<String, Integer> counts(List<RegisterRow> rows) {
        Map<String, Integer> out = new TreeMap<>();
        for (Count c : RegisterCounts.of(rows, MONTHS)) {
            out.put(c.month() + " " + c.dimension() + " " + c.category(), c.active());
        }
        return out;
    }

    @Test
    void aDepartureOnTheLastDayOfAMonthEndsTheStateBeforeThatMonthsEnd() {
        Map<String, Integer> m = counts(List.of(row("a", "2025-01", 1, "2024-12-01", "2025-02-28", "WORK")));
        assertThat(m).containsEntry("2025-01 total ALL", 1).containsEntry("2025-02 total ALL", 0)
                .containsEntry("2025-01 reason WORK", 1).doesNotContainKey("2025-02 reason WORK");
    }

    @Test
    void aLaterRowOfTheSamePeriodReplacesTheEarlierAndALaterPeriodTakesOverFromItsMonth() {
        Map<String, Integer> m = counts(List.of(
                row("a", "2025-01", 1, "2025-01-05", null, "WORK"),
                row("a", "2025-01", 7, "2025-01-05", null, "FAMILY"),
                row("a", "2025-03", 2, "2025-01-05", null, "STUDY")));
        assertThat(m).doesNotContainKey("2025-01 reason WORK")
                .containsEntry("2025-01 reason FAMILY", 1).containsEntry("2025-02 reason FAMILY", 1)
                .doesNotContainKey("2025-03 reason FAMILY").containsEntry("2025-03 reason STUDY", 1)
                .containsEntry("2025-04 reason STUDY", 1).containsEntry("2025-04 total ALL", 1);
    }

    @Test
    void aRowCountsFromItsPeriodNotFromItsRegistrationAndTheTotalIsAlwaysThere() {
        Map<String, Integer> m = counts(List.of(row("b", "2025-03", 1, "2025-01-10", null, "WORK")));
        assertThat(m).containsEntry("2025-01 total ALL", 0).containsEntry("2025-02 total ALL", 0)
                .containsEntry("2025-03 total ALL", 1).containsEntry("2025-03 housing_type RENTAL", 1)
                .containsEntry("2025-03 origin_province 37", 1).doesNotContainKey("2025-02 reason WORK");
    }
}
