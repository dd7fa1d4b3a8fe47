package commstat.jobs.assessment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RankUncertaintyTest {
    static final AssessmentScheme SCHEME = SchemeLoader.loadDefault();

    /** Five communities of one district: a clear winner, three close ones, a clear FAIL. */
    static List<CommunityAssessment> district() {
        return new AssessmentScorer(SCHEME, 2025).score(List.of(
                AssessmentScorerTest.perfect("220302001001"),
                AssessmentScorerTest.withCompleteness("220302001002", 40),
                AssessmentScorerTest.withCompleteness("220302001003", 39),
                AssessmentScorerTest.withCompleteness("220302001004", 38),
                nothing("220302001005")));
    }

    static CommunityCounts nothing(String code) {
        return CommunityCounts.nothingFor(AssessmentScorerTest.community(code));
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        List<CommunityAssessment> d = district();
        assertThat(new RankUncertainty(SCHEME).run(d)).isEqualTo(new RankUncertainty(SCHEME).run(d));
    }

    @Test
    void anotherSeedMayMoveTheIntervalsButNotAClearWinner() {
        List<CommunityAssessment> d = district();
        AssessmentScheme other = SCHEME.withMonteCarlo(SCHEME.monteCarlo().withSeed(7));
        RankUncertainty.Result winner = new RankUncertainty(other).run(d).get(0);
        assertThat(winner.seed()).isEqualTo(7);
        assertThat(winner.medianDistrictRank()).isEqualTo(1);
    }

    @Test
    void aClearWinnersIntervalContainsItsRankAndAClearFailIsRobust() {
        List<CommunityAssessment> d = district();
        List<RankUncertainty.Result> u = new RankUncertainty(SCHEME).run(d);
        RankUncertainty.Result winner = u.get(0);
        assertThat(winner.p05DistrictRank()).isLessThanOrEqualTo(d.get(0).districtRank());
        assertThat(winner.p95DistrictRank()).isGreaterThanOrEqualTo(d.get(0).districtRank());
        assertThat(winner.medianDistrictRank()).isEqualTo(1);
        assertThat(winner.runsBelowPass()).isZero();
        assertThat(winner.uncertaintyClass()).isEqualTo(RankUncertainty.STABLE);

        RankUncertainty.Result failing = u.get(4);
        assertThat(d.get(4).rating()).isEqualTo("FAIL");
        assertThat(failing.runsBelowPass()).isEqualTo(1000);
        assertThat(failing.probabilityBelowPass()).isEqualByComparingTo("1");
        assertThat(failing.uncertaintyClass()).isEqualTo(RankUncertainty.ROBUST);
        assertThat(failing.medianDistrictRank()).isEqualTo(5);
        assertThat(u).allSatisfy(r -> assertThat(r.runs()).isEqualTo(1000));
    }

    @Test
    void aFailNearThePassMarkIsBorderlineAndAPassNearItIsAtRisk() {
        // 59.99 and 60.00 exactly with the default weights; varying them crosses 60 both ways
        AssessmentScorer scorer = new AssessmentScorer(SCHEME, 2025);
        List<CommunityAssessment> d = scorer.score(List.of(nearSixty("220302001001", 0), nearSixty("220302001002", 1)));
        RankUncertainty rank = new RankUncertainty(SCHEME);
        List<RankUncertainty.Result> u = rank.run(d);
        assertThat(d).extracting(CommunityAssessment::rating).containsExactly("FAIL", "PASS");
        assertThat(u.get(0).uncertaintyClass()).isEqualTo(RankUncertainty.BORDERLINE);
        assertThat(u.get(1).uncertaintyClass()).isEqualTo(RankUncertainty.AT_RISK);
        assertThat(u.get(0).runsBelowPass()).isBetween(51, 949);
    }

    @Test
    void classificationComparesProbabilitiesExactly() {
        RankUncertainty rank = new RankUncertainty(SCHEME);
        assertThat(rank.classify("FAIL", 950, 1000)).isEqualTo(RankUncertainty.ROBUST);
        assertThat(rank.classify("FAIL", 949, 1000)).isEqualTo(RankUncertainty.BORDERLINE);
        assertThat(rank.classify("PASS", 50, 1000)).isEqualTo(RankUncertainty.STABLE);
        assertThat(rank.classify("PASS", 51, 1000)).isEqualTo(RankUncertainty.AT_RISK);
    }

    @Test
    void percentilesAreNearestRank() {
        int[] sorted = {1, 1, 2, 2, 2, 3, 3, 4, 5, 9};
        assertThat(RankUncertainty.nearestRank(sorted, "0.05")).isEqualTo(1); // ⌈0.5⌉ = 1st
        assertThat(RankUncertainty.nearestRank(sorted, "0.5")).isEqualTo(2);  // 5th
        assertThat(RankUncertainty.nearestRank(sorted, "0.95")).isEqualTo(9); // ⌈9.5⌉ = 10th
    }

    @Test
    void centsRoundHalfUpAsTheDecimalDoes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<Double> scores = new java.util.ArrayList<>(List.of(0.0, 59.995, 60.0, 0.005, 0.015, 1.005, 2.675, 99.995, 100.0));
        for (int cent = 0; cent <= 10_000; cent++) {
            // halves and their neighbours, as sums of weighted parts would land near them
            double half = (cent + 0.5) / 100;
            scores.addAll(List.of(half, Math.nextUp(half), Math.nextDown(half), cent / 100.0));
        }
        for (int i = 0; i < 100_000; i++) {
            scores.add(random.nextDouble(0, 100));
        }
        scores.addAll(List.of(-0.005, -1.0, 12_345.675));
        for (double score : scores) {
            long decimal = BigDecimal.valueOf(score).setScale(2, java.math.RoundingMode.HALF_UP).movePointRight(2).longValueExact();
            assertThat(RankUncertainty.cents(score)).as("score %s", score).isEqualTo(decimal);
        }
    }

    @Test
    void competitionRanksCountTheValuesAbove() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            long[] cents = random.longs(random.nextInt(0, 60), -5, 20).toArray();
            int[] ranks = Ranking.competition(cents);
            for (int i = 0; i < cents.length; i++) {
                long v = cents[i];
                assertThat(ranks[i]).isEqualTo(1 + (int) java.util.Arrays.stream(cents).filter(o -> o > v).count());
            }
        }
        assertThat(Ranking.competition(new long[]{6000, 5950, 6000, 7000})).containsExactly(2, 4, 2, 1);
    }

    /**
     * Everything perfect except completeness/timeliness and the inputs, tuned so that the score is 59.99 + cents/100:
     * satisfaction and street evaluation at the worst goalpost and nothing sent in some months.
     */
    static CommunityCounts nearSixty(String code, int cents) {
        // received = on time = 0 → completeness and timeliness n = 0 (−25 points); inputs at worst (−10);
        // data quality: accepted/read tuned to lose 5.01 − cents/100 points: n = 49.9 + cents/10
        int read = 1000;
        int accepted = 900 + (499 + cents) / 10;
        CommunityCounts p = AssessmentScorerTest.perfect(code);
        return new CommunityCounts(p.community(), 0, 0, read * 10, accepted * 10 + (499 + cents) % 10, true,
                p.unemployed(), p.workingAge(), p.residentPopulation(), p.populationPeriod(), p.registered(), p.placed(),
                p.zeroDeclared(), p.zeroCleared(), p.fundPoints(), p.safetyIncidents(), new BigDecimal("60"), new BigDecimal("60"));
    }
}
