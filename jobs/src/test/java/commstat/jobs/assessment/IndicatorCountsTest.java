package commstat.jobs.assessment;

import commstat.jobs.TestSpark;
import commstat.jobs.statistics.WarehouseFixture;
import commstat.jobs.statistics.WarehouseTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The counts behind the indicators, on a hand-made warehouse where every person and household is a case. */
class IndicatorCountsTest {
    static final String A = "220302001001";
    static final String B = "220302001002";

    @TempDir
    static Path dir;
    static CommunityCounts a;
    static CommunityCounts b;

    @BeforeAll
    static void countTheFixture() {
        WarehouseFixture w = new WarehouseFixture(TestSpark.session(), dir).community(A).community(B);
        WarehouseFixture.FileSpec march = w.file(A, "employment", "2025-03", "2025-04-20T10:00:00").late().rejected(2);
        WarehouseFixture.FileSpec decemberFirst = w.file(A, "employment", "2025-12", "2026-01-03T10:00:00").superseded();
        // p1: registered, placed, registered again → unemployed; placed after the first registration
        w.event(A, "p1", "h9", "UNEMPLOYED_REGISTERED", "2025-01-10");
        w.eventIn(march, "p1", "h9", "EMPLOYED", LocalDate.parse("2025-03-05"));
        w.event(A, "p1", "h9", "UNEMPLOYED_REGISTERED", "2025-06-01");
        // p2: registered and employed on one day → employed (the employment event wins), placed
        w.event(A, "p2", "h9", "UNEMPLOYED_REGISTERED", "2025-02-01");
        w.event(A, "p2", "h9", "EMPLOYED", "2025-02-01");
        // p3: employed before registering → unemployed, not placed
        w.event(A, "p3", "h9", "EMPLOYED", "2025-01-15");
        w.event(A, "p3", "h9", "UNEMPLOYED_REGISTERED", "2025-04-01");
        // p4: registered in 2024, nothing since → unemployed, not in R
        w.event(A, "p4", "h9", "UNEMPLOYED_REGISTERED", "2024-11-03");
        // p5: only in a superseded file → nowhere
        w.eventIn(decemberFirst, "p5", "h9", "UNEMPLOYED_REGISTERED", LocalDate.parse("2025-12-20"));
        // p6: registered on 30 Dec, employed in January of Y+1 → unemployed at Y's end, not placed
        w.event(A, "p6", "h9", "UNEMPLOYED_REGISTERED", "2025-12-30");
        w.event(A, "p6", "h9", "EMPLOYED", "2026-01-05");
        // p7: flexible employment on the day of registering → not unemployed, placed
        w.event(A, "p7", "h9", "FLEXIBLE_VERIFIED", "2025-05-01");
        w.event(A, "p7", "h9", "UNEMPLOYED_REGISTERED", "2025-05-01");
        // h1 cleared after exactly 30 days; h2 after 31; h3 in Y+1; h4's earlier clearing does not count; h5 after 45
        w.eventIn(march, "q1", "h1", "ZERO_HOUSEHOLD_DECLARED", LocalDate.parse("2025-03-01"));
        w.eventIn(march, "q1", "h1", "ZERO_HOUSEHOLD_CLEARED", LocalDate.parse("2025-03-31"));
        w.eventIn(march, "q2", "h2", "ZERO_HOUSEHOLD_DECLARED", LocalDate.parse("2025-03-01"));
        w.event(A, "q2", "h2", "ZERO_HOUSEHOLD_CLEARED", "2025-04-01");
        w.event(A, "q3", "h3", "ZERO_HOUSEHOLD_DECLARED", "2025-12-15");
        w.event(A, "q3", "h3", "ZERO_HOUSEHOLD_CLEARED", "2026-01-05");
        w.event(A, "q4", "h4", "ZERO_HOUSEHOLD_CLEARED", "2025-02-01");
        w.event(A, "q4", "h4", "ZERO_HOUSEHOLD_DECLARED", "2025-02-10");
        w.event(A, "q4", "h4", "ZERO_HOUSEHOLD_DECLARED", "2025-05-01");
        w.event(A, "q4", "h4", "ZERO_HOUSEHOLD_CLEARED", "2025-05-20");
        w.event(A, "q5", "h5", "ZERO_HOUSEHOLD_DECLARED", "2025-07-01");
        w.event(A, "q5", "h5", "ZERO_HOUSEHOLD_DECLARED", "2025-07-20");
        w.event(A, "q5", "h5", "ZERO_HOUSEHOLD_CLEARED", "2025-08-15");
        // population: the latest month of Y with an effective submission is November
        w.population(A, "2025-06", 250, 80);
        w.population(A, "2025-11", 300, 100);
        WarehouseFixture.FileSpec decemberPopulation = w.file(A, "population", "2025-12", "2026-01-02T08:00:00").superseded();
        w.population(A, "2026-01", 9000, 5000);
        w.input(2025, A, "SAFETY_INCIDENTS", "3").input(2025, A, "SATISFACTION", "88.5").input(2024, A, "STREET_EVALUATION", "90");
        w.fundPoints(A, 2025, 7).fundPoints(B, 2025, null).fundPoints(B, 2024, 3);
        // B: the same person key as in A is another person
        w.event(B, "p1", "h1", "UNEMPLOYED_REGISTERED", "2025-03-01");
        w.input(2025, B, "STREET_EVALUATION", "70");
        assertThat(decemberPopulation.name()).isNotBlank();
        w.write();

        WarehouseTables tables = new WarehouseTables(TestSpark.session(), dir);
        List<CommunityCounts> counts = new IndicatorCounts(tables, 2025, 30).perCommunity(
                AssessmentJob.communities(tables), tables.readIfPresent("fund_anomaly_points"));
        a = counts.get(0);
        b = counts.get(1);
        assertThat(a.community().code()).isEqualTo(A);
    }

    @Test
    void unemployedAreThePersonsWhoseLatestStatusUpToYearEndIsARegistration() {
        assertThat(a.unemployed()).isEqualTo(4); // p1, p3, p4, p6
        assertThat(b.unemployed()).isEqualTo(1);
    }

    @Test
    void placementsCountFromTheFirstRegistrationInTheYearTheSameDayIncluded() {
        assertThat(a.registered()).isEqualTo(5); // p1, p2, p3, p6, p7
        assertThat(a.placed()).isEqualTo(3);     // p1, p2, p7
        assertThat(b.registered()).isEqualTo(1);
        assertThat(b.placed()).isZero();
    }

    @Test
    void householdsClearedWithinThirtyDaysOfTheFirstDeclarationInTheYear() {
        assertThat(a.zeroDeclared()).isEqualTo(5);
        assertThat(a.zeroCleared()).isEqualTo(1); // h1
        assertThat(b.zeroDeclared()).isZero();
    }

    @Test
    void populationIsTheLatestEffectiveMonthOfTheYear() {
        assertThat(a.populationPeriod()).isEqualTo("2025-11");
        assertThat(a.workingAge()).isEqualTo(100);
        assertThat(a.residentPopulation()).isEqualTo(300);
        assertThat(b.workingAge()).isNull();
    }

    @Test
    void pairsAndRowsCountTheEffectiveSubmissionsOfTheYear() {
        // employment 01–08 and 12, population 06 and 11; March was first accepted late
        assertThat(a.pairsReceived()).isEqualTo(11);
        assertThat(a.pairsOnTime()).isEqualTo(10);
        assertThat(a.rowsRead()).isEqualTo(26);
        assertThat(a.rowsAccepted()).isEqualTo(24);
        assertThat(a.hasEmployment()).isTrue();
        assertThat(b.pairsReceived()).isEqualTo(1);
    }

    @Test
    void inputsAndFundPointsAreThoseOfTheYear() {
        assertThat(a.fundPoints()).isEqualByComparingTo("7");
        assertThat(a.safetyIncidents()).isEqualByComparingTo("3");
        assertThat(a.satisfaction()).isEqualByComparingTo(new BigDecimal("88.5"));
        assertThat(a.streetEvaluation()).isNull();
        assertThat(b.fundPoints()).isNull();
        assertThat(b.streetEvaluation()).isEqualByComparingTo("70");
    }
}
