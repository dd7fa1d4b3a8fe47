package commstat.ingest.submissions;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * When a month's submission is due: by default the 10th of the following month, 23:59:59 local time
 * (Asia/Shanghai, no zone), inclusive. The day is configurable; a day beyond the month's length means its last day.
 */
public record DeadlinePolicy(int dayOfNextMonth) implements Serializable {
    public static final int DEFAULT_DAY = 10;
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    public DeadlinePolicy {
        if (dayOfNextMonth < 1 || dayOfNextMonth > 31) {
            throw new IllegalArgumentException("deadline day must be 1..31, got " + dayOfNextMonth);
        }
    }

    public static DeadlinePolicy dayOfNextMonth(int day) {
        return new DeadlinePolicy(day);
    }

    public static DeadlinePolicy defaultPolicy() {
        return new DeadlinePolicy(DEFAULT_DAY);
    }

    /** The deadline of a period: the configured day of the next month, 23:59:59. */
    public LocalDateTime deadline(YearMonth period) {
        YearMonth next = period.plusMonths(1);
        return next.atDay(Math.min(dayOfNextMonth, next.lengthOfMonth())).atTime(END_OF_DAY);
    }

    /** On time when submitted at or before the deadline (there is no earliest time). */
    public boolean isOnTime(YearMonth period, LocalDateTime submittedAt) {
        return !submittedAt.isAfter(deadline(period));
    }
}
