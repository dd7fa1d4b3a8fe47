package commstat.jobs.disclosure;

import commstat.ingest.submissions.DeadlinePolicy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter (year, 1..4) and what its disclosure's closure depends on. Plain Java. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, got " + quarter);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
    }

    public LocalDate start() {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, quarter * 3);
    }

    /** The three months, {@code yyyy-MM}. */
    public List<String> periods() {
        List<String> out = new ArrayList<>(3);
        for (int m = quarter * 3 - 2; m <= quarter * 3; m++) {
            out.add(YearMonth.of(year, m).toString());
        }
        return out;
    }

    /** {@code 2025-Q1}. */
    public String label() {
        return year + "-Q" + quarter;
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    /** The deadline of the quarter's last month. */
    public LocalDateTime lastDeadline(DeadlinePolicy policy) {
        return policy.deadline(lastMonth());
    }

    /** The last month's deadline has passed as of the run date (its start: a deadline that day has not). */
    public boolean deadlinePassed(DeadlinePolicy policy, LocalDate runDate) {
        return lastDeadline(policy).isBefore(runDate.atStartOfDay());
    }

    /** Every quarter from {@code first} to {@code last}, both included. */
    public static List<Quarter> range(Quarter first, Quarter last) {
        List<Quarter> out = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) {
            out.add(q);
        }
        return out;
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }
}
