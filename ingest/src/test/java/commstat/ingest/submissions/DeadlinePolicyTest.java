package commstat.ingest.submissions;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlinePolicyTest {
    @Test
    void theDefaultIsTheTenthOfTheNextMonthInclusive() {
        DeadlinePolicy p = DeadlinePolicy.defaultPolicy();
        assertThat(p.deadline(YearMonth.of(2025, 12))).isEqualTo(LocalDateTime.of(2026, 1, 10, 23, 59, 59));
        assertThat(p.isOnTime(YearMonth.of(2025, 2), LocalDateTime.of(2025, 3, 10, 23, 59, 59))).isTrue();
        assertThat(p.isOnTime(YearMonth.of(2025, 2), LocalDateTime.of(2025, 3, 11, 0, 0, 0))).isFalse();
        assertThat(p.isOnTime(YearMonth.of(2025, 2), LocalDateTime.of(2025, 1, 1, 0, 0, 0))).as("no earliest").isTrue();
    }

    @Test
    void theDayIsConfigurableAndClampedToTheMonth() {
        assertThat(DeadlinePolicy.dayOfNextMonth(31).deadline(YearMonth.of(2025, 1)))
                .isEqualTo(LocalDateTime.of(2025, 2, 28, 23, 59, 59));
        assertThat(DeadlinePolicy.dayOfNextMonth(5).deadline(YearMonth.of(2025, 6)))
                .isEqualTo(LocalDateTime.of(2025, 7, 5, 23, 59, 59));
        assertThatThrownBy(() -> DeadlinePolicy.dayOfNextMonth(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
