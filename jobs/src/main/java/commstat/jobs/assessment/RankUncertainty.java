package commstat.jobs.assessment;

import commstat.jobs.assessment.AssessmentScheme.IndicatorRule;
import commstat.jobs.assessment.AssessmentScheme.MonteCarlo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How sure a rank is (assessment.md, Why this rank, and how sure): a Monte Carlo over the weights. Each run
 * draws every weight × U(factorMin, factorMax) in scheme order from one {@link SplittableRandom} seeded from
 * the scheme, renormalises them to sum 1, scores every community, rounds half up to 2 decimals and ranks
 * (competition ranking, district and city). The same seed gives the same result.
 *
 * <p>The normalised values are exact; each run's weighted sum is in {@code double}, which is deterministic
 * in Java 17 and far finer than the weights' own uncertainty.
 */
public final class RankUncertainty {
    public static final String ROBUST = "robust";
    public static final String BORDERLINE = "borderline";
    public static final String AT_RISK = "at_risk";
    public static final String STABLE = "stable";

    private final AssessmentScheme scheme;

    public RankUncertainty(AssessmentScheme scheme) {
        this.scheme = scheme;
    }

    /** One community's rank interval and FAIL probability over the runs. */
    public record Result(Community community, String rating, int runs, long seed,
                         int medianDistrictRank, int p05DistrictRank, int p95DistrictRank,
                         int medianCityRank, int p05CityRank, int p95CityRank,
                         int runsBelowPass, String uncertaintyClass) {
        public Result {
            Objects.requireNonNull(community, "community is null");
            Objects.requireNonNull(uncertaintyClass, "uncertaintyClass is null");
        }

        /** P(score < pass mark), exactly runsBelowPass ÷ runs, shown with 4 decimals. */
        public BigDecimal probabilityBelowPass() {
            return BigDecimal.valueOf(runsBelowPass).divide(BigDecimal.valueOf(runs), 4, RoundingMode.HALF_UP);
        }
    }

    /** Results in the order of {@code assessed} (sorted by code, as {@link AssessmentScorer} returns them). */
    public List<Result> run(List<CommunityAssessment> assessed) {
        MonteCarlo mc = scheme.monteCarlo();
        int n = assessed.size();
        int k = scheme.indicators().size();
        double[] weights = new double[k];
        for (int i = 0; i < k; i++) {
            weights[i] = scheme.indicators().get(i).weight().doubleValue();
        }
        double[][] normalised = new double[n][k];
        for (int c = 0; c < n; c++) {
            for (int i = 0; i < k; i++) {
                IndicatorRule rule = scheme.indicators().get(i);
                normalised[c][i] = assessed.get(c).indicator(rule.indicator()).normalised().toDouble();
            }
        }
        List<List<Integer>> districts = Ranking.groups(assessed, a -> a.community().districtCode());
        long passCents = scheme.passMark().movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
        double[][] factors = factors(mc, weights);
        int[][] districtRanks = new int[n][mc.runs()];
        int[][] cityRanks = new int[n][mc.runs()];

        // The draws above are sequential (one seed); the runs themselves are independent, so they are spread
        // over the cores in fixed chunks, each run writing only its own column and each chunk its own counts.
        int chunks = Math.max(1, Math.min(mc.runs(), Runtime.getRuntime().availableProcessors()));
        int[][] belowByChunk = new int[chunks][n];
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            long[] cents = new long[n];
            for (int run = chunk; run < mc.runs(); run += chunks) {
                for (int c = 0; c < n; c++) {
                    double score = 0;
                    for (int i = 0; i < k; i++) {
                        score += factors[run][i] * normalised[c][i];
                    }
                    cents[c] = cents(score);
                    if (cents[c] < passCents) {
                        belowByChunk[chunk][c]++;
                    }
                }
                int[] city = Ranking.competition(cents);
                for (int c = 0; c < n; c++) {
                    cityRanks[c][run] = city[c];
                }
                for (List<Integer> district : districts) {
                    long[] dc = new long[district.size()];
                    for (int j = 0; j < dc.length; j++) {
                        dc[j] = cents[district.get(j)];
                    }
                    int[] ranks = Ranking.competition(dc);
                    for (int j = 0; j < dc.length; j++) {
                        districtRanks[district.get(j)][run] = ranks[j];
                    }
                }
            }
        });
        int[] below = new int[n];
        for (int[] counts : belowByChunk) {
            for (int c = 0; c < n; c++) {
                below[c] += counts[c];
            }
        }

        List<Result> results = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            CommunityAssessment a = assessed.get(c);
            Arrays.sort(districtRanks[c]);
            Arrays.sort(cityRanks[c]);
            results.add(new Result(a.community(), a.rating(), mc.runs(), mc.seed(),
                    nearestRank(districtRanks[c], "0.5"), nearestRank(districtRanks[c], "0.05"), nearestRank(districtRanks[c], "0.95"),
                    nearestRank(cityRanks[c], "0.5"), nearestRank(cityRanks[c], "0.05"), nearestRank(cityRanks[c], "0.95"),
                    below[c], classify(a.rating(), below[c], mc.runs())));
        }
        return results;
    }

    /** Each run's factors w[i] / Σw, the weights drawn in run order and scheme order from one generator. */
    private static double[][] factors(MonteCarlo mc, double[] weights) {
        SplittableRandom random = new SplittableRandom(mc.seed());
        double low = mc.factorMin().doubleValue();
        double high = mc.factorMax().doubleValue();
        double[][] factors = new double[mc.runs()][weights.length];
        double[] w = new double[weights.length];
        for (int run = 0; run < mc.runs(); run++) {
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                // nextDouble(low, high) needs low < high; a factor range of one point means no uncertainty.
                w[i] = weights[i] * (low < high ? random.nextDouble(low, high) : low);
                sum += w[i];
            }
            for (int i = 0; i < weights.length; i++) {
                factors[run][i] = w[i] / sum;
            }
        }
        return factors;
    }

    /**
     * The score in whole cents, rounded half up as {@code BigDecimal.valueOf(score).setScale(2, HALF_UP)} does.
     * That decimal and {@code score × 100} differ by far less than 10⁻⁶ of a cent below 10⁴ points, so only a
     * fraction that close to one half needs the decimal; the rest (almost every score) is rounded in doubles.
     */
    static long cents(double score) {
        double x = score * 100;
        double whole = Math.floor(x);
        double fraction = x - whole;
        if (score >= 0 && score < 10_000 && Math.abs(fraction - 0.5) > 1e-6) {
            return (long) whole + (fraction > 0.5 ? 1 : 0);
        }
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    /** robust / borderline for a FAIL, at_risk / stable otherwise; the probabilities compared exactly. */
    String classify(String rating, int runsBelow, int runs) {
        BigDecimal below = BigDecimal.valueOf(runsBelow);
        BigDecimal total = BigDecimal.valueOf(runs);
        MonteCarlo mc = scheme.monteCarlo();
        if (rating.equals(scheme.failRating())) {
            return below.compareTo(mc.robustFailProbability().multiply(total)) >= 0 ? ROBUST : BORDERLINE;
        }
        return below.compareTo(mc.atRiskProbability().multiply(total)) > 0 ? AT_RISK : STABLE;
    }

    /** The ⌈q × runs⌉-th smallest of the sorted values (nearest-rank percentile). */
    static int nearestRank(int[] sorted, String q) {
        int k = new BigDecimal(q).multiply(BigDecimal.valueOf(sorted.length)).setScale(0, RoundingMode.CEILING).intValueExact();
        return sorted[Math.max(1, k) - 1];
    }
}
