package commstat.jobs.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One community's floating register counted at month ends (assessment.md, Rules in detail → Floating register), in
 * plain Java: a community has at most a few thousand register rows, so its counts are a small loop, where the same
 * rule as Spark joins and aggregations costs a shuffle of every (record, month) pair.
 *
 * <p>A record's row is its state from its period until the period of the record's next row (the last row of a
 * period wins: a later row of the same period replaces it at once). At the end of month m a state counts when its
 * period ≤ m &lt; the next row's period, it was registered on or before m's last day and it had not departed by then.
 */
final class RegisterCounts {
    static final String TOTAL = "total";
    static final String ALL = "ALL";
    static final List<String> DIMENSIONS = List.of("reason", "housing_type", "origin_province");

    /** One effective row of {@code stg_floating}. */
    record RegisterRow(String recordId, String period, int line, LocalDate registeredOn, LocalDate departedOn,
                       String reason, String housingType, String originProvince) implements Serializable {
        String category(int dimension) {
            return switch (dimension) {
                case 0 -> reason;
                case 1 -> housingType;
                default -> originProvince;
            };
        }
    }

    /** Active records at one month end in one (dimension, category); {@code total}/{@code ALL} is every record. */
    record Count(YearMonth month, String dimension, String category, int active) {
    }

    private RegisterCounts() {
    }

    /**
     * The counts at the end of each of {@code months}: the total for every month (0 included), and per dimension
     * only the categories with at least one active record.
     */
    static List<Count> of(List<RegisterRow> rows, List<YearMonth> months) {
        int first = number(months.get(0));
        int end = number(months.get(months.size() - 1)) + 1;
        int[] total = new int[end - first];
        List<Map<String, int[]>> byCategory = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());

        Map<String, List<RegisterRow>> byRecord = new HashMap<>();
        for (RegisterRow r : rows) {
            byRecord.computeIfAbsent(r.recordId(), k -> new ArrayList<>()).add(r);
        }
        Comparator<RegisterRow> order = Comparator.comparing(RegisterRow::period).thenComparingInt(RegisterRow::line);
        for (List<RegisterRow> record : byRecord.values()) {
            record.sort(order);
            for (int i = 0; i < record.size(); i++) {
                RegisterRow r = record.get(i);
                String nextPeriod = i + 1 < record.size() ? record.get(i + 1).period() : null;
                if (r.registeredOn() == null || nextPeriod != null && nextPeriod.equals(r.period())) {
                    continue; // replaced by a later row of its period (or not a state: no registration date)
                }
                int from = Math.max(Math.max(number(YearMonth.parse(r.period())), number(YearMonth.from(r.registeredOn()))), first);
                int until = end;
                if (nextPeriod != null) {
                    until = Math.min(until, number(YearMonth.parse(nextPeriod)));
                }
                if (r.departedOn() != null) {
                    until = Math.min(until, number(YearMonth.from(r.departedOn())));
                }
                for (int m = from; m < until; m++) {
                    total[m - first]++;
                    for (int d = 0; d < DIMENSIONS.size(); d++) {
                        byCategory.get(d).computeIfAbsent(r.category(d), k -> new int[total.length])[m - first]++;
                    }
                }
            }
        }

        List<Count> out = new ArrayList<>();
        for (YearMonth month : months) {
            int m = number(month) - first;
            out.add(new Count(month, TOTAL, ALL, total[m]));
            for (int d = 0; d < DIMENSIONS.size(); d++) {
                Map<String, int[]> sorted = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
                sorted.putAll(byCategory.get(d));
                for (Map.Entry<String, int[]> e : sorted.entrySet()) {
                    if (e.getValue()[m] > 0) {
                        out.add(new Count(month, DIMENSIONS.get(d), e.getKey(), e.getValue()[m]));
                    }
                }
            }
        }
        return out;
    }

    /** Months counted from year 0, so that a month range is an integer range. */
    private static int number(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }
}
