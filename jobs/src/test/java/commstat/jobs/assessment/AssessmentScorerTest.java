package commstat.jobs.assessment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of assessment.md on hand-computed counts, without Spark. */
class AssessmentScorerTest {
    static final AssessmentScheme SCHEME = SchemeLoader.loadDefault();
    static final AssessmentScorer SCORER = new AssessmentScorer(SCHEME, 2025);

    static Community community(String code) {
        return new Community(code, "社区", code.substring(0, 9), code.substring(0, 6), null, null);
    }

    /** A community that did everything perfectly: 100 points. */
    static CommunityCounts perfect(String code) {
        return new CommunityCounts(community(code), 48, 48, 1000, 1000, true, 20, 1000L, 2000L, "2025-12",
                10, 9, 2, 2, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("95"), new BigDecimal("96.5"));
    }

    @Test
    void aPerfectCommunityScores100() {
        CommunityAssessment a = SCORER.score(List.of(perfect("220302001001"))).get(0);
        assertThat(a.scoreExact()).isEqualTo(Fraction.of(100));
        assertThat(a.score()).isEqualByComparingTo("100.00");
        assertThat(a.rating()).isEqualTo("EXCELLENT");
        assertThat(a.indicators()).allSatisfy(i -> assertThat(i.pointsLost()).isEqualTo(Fraction.ZERO));
    }

    @Test
    void everyIndicatorIsComputedExactlyFromItsCounts() {
        // 36 of 48 received, 34 on time; 950 of 1000 rows; U 60 of W 1000; P 3 of R 4; 1 of 2 households;
        // 7 fund points; 3 incidents for 1500 residents; satisfaction 80; street 70.
        CommunityCounts c = new CommunityCounts(community("220302001001"), 36, 34, 1000, 950, true, 60, 1000L, 1500L,
                "2025-11", 4, 3, 2, 1, new BigDecimal("7"), new BigDecimal("3"), new BigDecimal("80"), new BigDecimal("70"));
        CommunityAssessment a = SCORER.score(List.of(c)).get(0);
        assertRaw(a, Indicator.COMPLETENESS, "3/4", "50", "15/2", "15/2");
        assertRaw(a, Indicator.TIMELINESS, "17/24", "125/3", "25/6", "35/6");
        assertRaw(a, Indicator.DATA_QUALITY, "19/20", "50", "5", "5");
        assertRaw(a, Indicator.UNEMPLOYMENT_RATE, "3/50", "50", "15/2", "15/2");
        assertRaw(a, Indicator.PLACEMENT_RATE, "3/4", "275/3", "55/6", "5/6");
        assertRaw(a, Indicator.ZERO_HOUSEHOLD_CLEARANCE, "1/2", "0", "0", "10");
        assertRaw(a, Indicator.FUND_ANOMALY_POINTS, "7", "30", "9/2", "21/2");
        assertRaw(a, Indicator.SAFETY_INCIDENTS_PER_1000, "2", "60", "3", "2");
        assertRaw(a, Indicator.SATISFACTION, "80", "400/7", "20/7", "15/7");
        assertRaw(a, Indicator.STREET_EVALUATION, "70", "200/7", "10/7", "25/7");
        Fraction expected = Fraction.parse("15/2").add(Fraction.parse("25/6")).add(Fraction.of(5)).add(Fraction.parse("15/2"))
                .add(Fraction.parse("55/6")).add(Fraction.parse("9/2")).add(Fraction.of(3))
                .add(Fraction.parse("20/7")).add(Fraction.parse("10/7"));
        assertThat(a.scoreExact()).isEqualTo(expected);
        assertThat(a.score()).isEqualByComparingTo("45.12"); // 45.1190… half up
        assertThat(a.rating()).isEqualTo("FAIL");
        assertThat(a.indicator(Indicator.TIMELINESS).explanation())
                .isEqualTo("5.83 points lost on timeliness: 14 of 48 submissions not on time (2 late, 12 missing)");
        assertThat(a.indicator(Indicator.UNEMPLOYMENT_RATE).numerator()).isEqualByComparingTo("60");
        assertThat(a.indicator(Indicator.UNEMPLOYMENT_RATE).denominator()).isEqualByComparingTo("1000");
    }

    @Test
    void missingValuesScoreZeroAndSayWhy() {
        CommunityCounts c = new CommunityCounts(community("220302001001"), 10, 10, 0, 0, false, 0, null, null, null,
                0, 0, 0, 0, null, new BigDecimal("2"), null, null);
        CommunityAssessment a = SCORER.score(List.of(c)).get(0);
        for (Indicator i : List.of(Indicator.DATA_QUALITY, Indicator.UNEMPLOYMENT_RATE, Indicator.PLACEMENT_RATE,
                Indicator.ZERO_HOUSEHOLD_CLEARANCE, Indicator.FUND_ANOMALY_POINTS, Indicator.SAFETY_INCIDENTS_PER_1000,
                Indicator.SATISFACTION, Indicator.STREET_EVALUATION)) {
            IndicatorResult r = a.indicator(i);
            assertThat(r.missing()).as(i.code()).isTrue();
            assertThat(r.normalised()).as(i.code()).isEqualTo(Fraction.ZERO);
        }
        assertThat(a.indicator(Indicator.PLACEMENT_RATE).explanation())
                .isEqualTo("10.00 points lost on the placement rate: missing (no effective employment submission in 2025)");
        assertThat(a.indicator(Indicator.SAFETY_INCIDENTS_PER_1000).missingReason())
                .isEqualTo("no effective population submission in 2025");
        assertThat(a.indicator(Indicator.COMPLETENESS).missing()).isFalse();
        assertThat(a.missingCount()).isEqualTo(8);
    }

    @Test
    void noRegistrationAndNoDeclarationGiveOneOnlyWithAnEmploymentSubmission() {
        CommunityCounts with = new CommunityCounts(community("220302001001"), 48, 48, 10, 10, true, 0, 100L, 100L, "2025-12",
                0, 0, 0, 0, null, null, null, null);
        CommunityAssessment a = SCORER.score(List.of(with)).get(0);
        assertThat(a.indicator(Indicator.PLACEMENT_RATE).raw()).isEqualTo(Fraction.ONE);
        assertThat(a.indicator(Indicator.ZERO_HOUSEHOLD_CLEARANCE).raw()).isEqualTo(Fraction.ONE);
        assertThat(a.indicator(Indicator.PLACEMENT_RATE).explanation())
                .isEqualTo("no points lost on the placement rate: nobody registered unemployed in 2025");
    }

    @Test
    void wOfZeroAndAPopulationOfZeroAreMissing() {
        CommunityCounts c = new CommunityCounts(community("220302001001"), 48, 48, 10, 10, true, 5, 0L, 0L, "2025-12",
                0, 0, 0, 0, null, BigDecimal.ONE, null, null);
        CommunityAssessment a = SCORER.score(List.of(c)).get(0);
        assertThat(a.indicator(Indicator.UNEMPLOYMENT_RATE).missingReason()).isEqualTo("aged_18_59 is 0 in 2025-12");
        assertThat(a.indicator(Indicator.SAFETY_INCIDENTS_PER_1000).missingReason()).isEqualTo("resident_population is 0 in 2025-12");
    }

    @Test
    void unemploymentAboveTheWorstGoalpostIsClampedNotCapped() {
        CommunityCounts c = new CommunityCounts(community("220302001001"), 48, 48, 10, 10, true, 150, 100L, 100L, "2025-12",
                0, 0, 0, 0, null, null, null, null);
        IndicatorResult u = SCORER.score(List.of(c)).get(0).indicator(Indicator.UNEMPLOYMENT_RATE);
        assertThat(u.raw()).isEqualTo(Fraction.parse("3/2"));
        assertThat(u.normalised()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void equalShownScoresShareARankAndAreListedByCode() {
        // same counts → same score; one better, one worse; two districts
        CommunityCounts best = perfect("220302001009");
        CommunityCounts tieA = withCompleteness("220302001003", 40);
        CommunityCounts tieB = withCompleteness("220302001002", 40);
        CommunityCounts worst = withCompleteness("220302001001", 30);
        CommunityCounts other = withCompleteness("220303001001", 45);
        List<CommunityAssessment> out = SCORER.score(List.of(best, tieA, tieB, worst, other));
        assertThat(out).extracting(a -> a.community().code() + " " + a.districtRank() + " " + a.cityRank())
                .containsExactly("220302001001 4 5", "220302001002 2 3", "220302001003 2 3", "220302001009 1 1",
                        "220303001001 1 2");
    }

    @Test
    void ranksUseTheRoundedScore() {
        // 99,999 of 100,000 rows: data quality n = 99.99, 0.001 points lost, 99.999 shown as 100.00
        CommunityCounts p = perfect("220302001002");
        CommunityCounts almost = new CommunityCounts(p.community(), 48, 48, 100_000, 99_999, true, p.unemployed(),
                p.workingAge(), p.residentPopulation(), p.populationPeriod(), p.registered(), p.placed(), p.zeroDeclared(),
                p.zeroCleared(), p.fundPoints(), p.safetyIncidents(), p.satisfaction(), p.streetEvaluation());
        List<CommunityAssessment> out = SCORER.score(List.of(almost, perfect("220302001001")));
        assertThat(out.get(1).scoreExact()).isEqualTo(Fraction.parse("99999/1000"));
        assertThat(out).extracting(a -> a.community().code() + " " + a.score() + " " + a.districtRank() + " " + a.cityRank())
                .containsExactly("220302001001 100.00 1 1", "220302001002 100.00 1 1");
    }

    static CommunityCounts withCompleteness(String code, int received) {
        CommunityCounts p = perfect(code);
        return new CommunityCounts(p.community(), received, received, p.rowsRead(), p.rowsAccepted(), true, p.unemployed(),
                p.workingAge(), p.residentPopulation(), p.populationPeriod(), p.registered(), p.placed(), p.zeroDeclared(),
                p.zeroCleared(), p.fundPoints(), p.safetyIncidents(), p.satisfaction(), p.streetEvaluation());
    }

    static void assertRaw(CommunityAssessment a, Indicator i, String raw, String normalised, String contribution, String lost) {
        IndicatorResult r = a.indicator(i);
        assertThat(r.raw()).as(i.code() + " raw").isEqualTo(Fraction.parse(raw));
        assertThat(r.normalised()).as(i.code() + " normalised").isEqualTo(Fraction.parse(normalised));
        assertThat(r.contribution()).as(i.code() + " contribution").isEqualTo(Fraction.parse(contribution));
        assertThat(r.pointsLost()).as(i.code() + " points lost").isEqualTo(Fraction.parse(lost));
    }
}
