package commstat.jobs.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One community's employment statistics per month (assessment.md, Rules in detail → Employment statistics), in plain
 * Java: a community has a few hundred events a year, so its figures are a small loop, where the same rules as Spark
 * windows, joins and distinct counts cost five shuffles of the whole event table.
 *
 * <p>A key's (person's or household's) state at a month end is its latest event dated on or before it; on one day an
 * employment event comes after a registration and a clearing after a declaration, so they win the day. As Spark
 * groups them, a null key is a key of its own in those states but is never counted as a distinct person, and events
 * without a date are no one's state.
 */
final class EmploymentCounts {
    /** One effective row of {@code stg_employment}. */
    record Event(String type, String personKey, String householdId, LocalDate date) implements Serializable {
    }

    /** One month's figures. */
    record Month(YearMonth month, int registeredUnemployed, int newRegistrations, int placements,
                 int openZeroHouseholds) {
    }

    private static final Comparator<Event> BY_DATE_THEN_TYPE = Comparator.comparing(Event::date)
            .thenComparingInt(EmploymentCounts::dayRank);

    private EmploymentCounts() {
    }

    /** The figures at each of {@code months} (ascending), every month present, 0 included. */
    static List<Month> of(List<Event> events, List<YearMonth> months) {
        Map<String, List<Event>> status = new HashMap<>();
        Map<String, List<Event>> zeroHousehold = new HashMap<>();
        Map<String, LocalDate> firstRegistered = new HashMap<>();
        for (Event e : events) {
            if (e.date() == null) {
                continue;
            }
            switch (e.type()) {
                case EmploymentEvents.REGISTERED -> {
                    status.computeIfAbsent(e.personKey(), k -> new ArrayList<>()).add(e);
                    if (e.personKey() != null) {
                        firstRegistered.merge(e.personKey(), e.date(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
                case EmploymentEvents.EMPLOYED, EmploymentEvents.FLEXIBLE ->
                        status.computeIfAbsent(e.personKey(), k -> new ArrayList<>()).add(e);
                case EmploymentEvents.DECLARED, EmploymentEvents.CLEARED ->
                        zeroHousehold.computeIfAbsent(e.householdId(), k -> new ArrayList<>()).add(e);
                default -> {
                }
            }
        }
        int[] unemployed = heldAtMonthEnds(status.values(), months);
        int[] openZero = heldAtMonthEnds(zeroHousehold.values(), months);

        Map<YearMonth, Set<String>> registeredIn = new HashMap<>();
        Map<YearMonth, Set<String>> placedIn = new HashMap<>();
        for (Event e : events) {
            if (e.date() == null || e.personKey() == null) {
                continue;
            }
            YearMonth month = YearMonth.from(e.date());
            if (e.type().equals(EmploymentEvents.REGISTERED)) {
                registeredIn.computeIfAbsent(month, k -> new HashSet<>()).add(e.personKey());
            } else if (e.type().equals(EmploymentEvents.EMPLOYED) || e.type().equals(EmploymentEvents.FLEXIBLE)) {
                LocalDate first = firstRegistered.get(e.personKey());
                if (first != null && !e.date().isBefore(first)) { // registered on or before the placement
                    placedIn.computeIfAbsent(month, k -> new HashSet<>()).add(e.personKey());
                }
            }
        }

        List<Month> out = new ArrayList<>(months.size());
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            out.add(new Month(m, unemployed[i], registeredIn.getOrDefault(m, Set.of()).size(),
                    placedIn.getOrDefault(m, Set.of()).size(), openZero[i]));
        }
        return out;
    }

    /**
     * Per month end, the keys whose latest event on or before it is a registration or a declaration (day rank 0):
     * the registered unemployed, the open zero-employment households.
     */
    private static int[] heldAtMonthEnds(Iterable<List<Event>> byKey, List<YearMonth> months) {
        int[] held = new int[months.size()];
        for (List<Event> key : byKey) {
            key.sort(BY_DATE_THEN_TYPE);
            int next = 0; // events dated on or before the month end so far
            for (int i = 0; i < months.size(); i++) {
                LocalDate end = months.get(i).atEndOfMonth();
                while (next < key.size() && !key.get(next).date().isAfter(end)) {
                    next++;
                }
                if (next > 0 && dayRank(key.get(next - 1)) == 0) {
                    held[i]++;
                }
            }
        }
        return held;
    }

    /** 0 for a registration or a declaration, 1 for what wins a day over it. */
    private static int dayRank(Event e) {
        return e.type().equals(EmploymentEvents.REGISTERED) || e.type().equals(EmploymentEvents.DECLARED) ? 0 : 1;
    }
}
