package commstat.jobs.statistics;

import commstat.jobs.statistics.EmploymentCounts.Event;
import commstat.jobs.statistics.EmploymentCounts.Month;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The employment statistics of one community, worked out by hand (no Spark). */
class EmploymentCountsTest {
    static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));

    static Event person(String type, String person, String date) {
        return new Event(type, person, "h-" + person, date == null ? null : LocalDate.parse(date));
    }

    static Event household(String type, String household, String date) {
        return new Event(type, "p-" + household, household, LocalDate.parse(date));
    }

    /** Per month "unemployed/registrations/placements/openZero". */
    static List<String> figures(Event... events) {
        List<String> out = new ArrayList<>();
        for (Month m : EmploymentCounts.of(new ArrayList<>(List.of(events)), MONTHS)) {
            out.add(m.month() + " " + m.registeredUnemployed() + "/" + m.newRegistrations() + "/" + m.placements()
                    + "/" + m.openZeroHouseholds());
        }
        return out;
    }

    @Test
    void aPersonIsUnemployedFromTheRegistrationUntilTheFirstMonthEndAfterTheirPlacement() {
        assertThat(figures(
                person(EmploymentEvents.REGISTERED, "a", "2025-01-10"),
                person(EmploymentEvents.EMPLOYED, "a", "2025-03-01")))
                .containsExactly("2025-01 1/1/0/0", "2025-02 1/0/0/0", "2025-03 0/0/1/0");
    }

    @Test
    void onOneDayTheEmploymentWinsOverTheRegistrationWhateverTheirOrder() {
        assertThat(figures(
                person(EmploymentEvents.EMPLOYED, "a", "2025-02-03"),
                person(EmploymentEvents.REGISTERED, "a", "2025-02-03")))
                .containsExactly("2025-01 0/0/0/0", "2025-02 0/1/1/0", "2025-03 0/0/0/0");
    }

    @Test
    void aPlacementCountsOnlyAfterARegistrationAtAnyTimeBeforeAndEachPersonOncePerMonth() {
        assertThat(figures(
                person(EmploymentEvents.REGISTERED, "a", "2024-11-20"), // before the years built: not a registration of theirs
                person(EmploymentEvents.FLEXIBLE, "a", "2025-01-05"),
                person(EmploymentEvents.EMPLOYED, "a", "2025-01-25"),
                person(EmploymentEvents.EMPLOYED, "b", "2025-02-01"), // never registered
                person(EmploymentEvents.EMPLOYED, "c", "2025-02-01"), // registered later
                person(EmploymentEvents.REGISTERED, "c", "2025-02-02"),
                person(EmploymentEvents.REGISTERED, "c", "2025-02-20")))
                .containsExactly("2025-01 0/0/1/0", "2025-02 1/1/0/0", "2025-03 1/0/0/0");
    }

    @Test
    void aHouseholdIsOpenFromItsDeclarationAndTheClearingWinsItsDay() {
        assertThat(figures(
                household(EmploymentEvents.DECLARED, "h1", "2025-01-31"),
                household(EmploymentEvents.CLEARED, "h1", "2025-02-10"),
                household(EmploymentEvents.DECLARED, "h2", "2025-02-10"),
                household(EmploymentEvents.CLEARED, "h2", "2025-02-10"),
                household(EmploymentEvents.DECLARED, "h3", "2025-03-31")))
                .containsExactly("2025-01 0/0/0/1", "2025-02 0/0/0/0", "2025-03 0/0/0/1");
    }

    @Test
    void eventsWithoutAPersonOrADateCountInNoDistinctFigure() {
        assertThat(figures(
                person(EmploymentEvents.REGISTERED, null, "2025-01-03"), // a state of its own, never a distinct person
                person(EmploymentEvents.REGISTERED, "d", null),
                person("TRAINING", "e", "2025-01-03")))
                .containsExactly("2025-01 1/0/0/0", "2025-02 1/0/0/0", "2025-03 1/0/0/0");
    }
}
