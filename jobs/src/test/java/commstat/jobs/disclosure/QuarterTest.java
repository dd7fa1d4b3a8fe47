package commstat.jobs.disclosure;

import commstat.ingest.submissions.DeadlinePolicy;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {
    static final DeadlinePolicy TENTH = DeadlinePolicy.defaultPolicy();

    @Test
    void aDateFallsInItsCalendarQuarter() {
        assertThat(Quarter.of(LocalDate.of(2025, 3, 31))).isEqualTo(new Quarter(2025, 1));
        assertThat(Quarter.of(LocalDate.of(2025, 4, 1))).isEqualTo(new Quarter(2025, 2));
        assertThat(new Quarter(2025, 4).start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(new Quarter(2025, 4).end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(new Quarter(2025, 1).periods()).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(new Quarter(2025, 4).next().label()).isEqualTo("2026-Q1");
    }

    @Test
    void theLastMonthsDeadlineHasPassedOnlyFromTheDayAfterIt() {
        Quarter q1 = new Quarter(2025, 1);
        assertThat(q1.lastDeadline(TENTH)).isEqualTo(LocalDateTime.of(2025, 4, 10, 23, 59, 59));
        assertThat(q1.deadlinePassed(TENTH, LocalDate.of(2025, 4, 10))).isFalse();
        assertThat(q1.deadlinePassed(TENTH, LocalDate.of(2025, 4, 11))).isTrue();
        assertThat(new Quarter(2025, 4).deadlinePassed(TENTH, LocalDate.of(2026, 1, 11))).isTrue();
        assertThat(q1.deadlinePassed(DeadlinePolicy.dayOfNextMonth(20), LocalDate.of(2025, 4, 11))).isFalse();
    }

    @Test
    void aRangeIncludesBothEnds() {
        assertThat(Quarter.range(new Quarter(2024, 4), new Quarter(2025, 2))).extracting(Quarter::label)
                .containsExactly("2024-Q4", "2025-Q1", "2025-Q2");
        assertThatThrownBy(() -> new Quarter(2025, 5)).hasMessage("quarter must be 1..4, got 5");
    }
}
