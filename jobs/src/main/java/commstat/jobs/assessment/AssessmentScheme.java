package commstat.jobs.assessment;

import commstat.jobs.statistics.Art14Thresholds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment scheme: which indicators count, their weights and goalposts, the rating bands and what
 * each rating costs or earns, the fully-employed and Art. 14 thresholds and the Monte Carlo settings.
 * Loaded and checked by {@link SchemeLoader}; the default ({@code assessment-scheme.json}) is assessment.md.
 */
public record AssessmentScheme(
        List<IndicatorRule> indicators,
        List<RatingBand> ratingBands,
        String failRating,
        List<Consequence> consequences,
        int clearanceDays,
        FullyEmployedRule fullyEmployed,
        Art14Thresholds art14,
        MonteCarlo monteCarlo) {

    public AssessmentScheme {
        indicators = List.copyOf(indicators);
        ratingBands = List.copyOf(ratingBands);
        Objects.requireNonNull(failRating, "failRating is null");
        consequences = List.copyOf(consequences);
        Objects.requireNonNull(fullyEmployed, "fullyEmployed is null");
        Objects.requireNonNull(art14, "art14 is null");
        Objects.requireNonNull(monteCarlo, "monteCarlo is null");
    }

    /** One indicator's weight and goalposts; {@code best} may be below {@code worst} (lower is better). */
    public record IndicatorRule(Indicator indicator, BigDecimal weight, BigDecimal worst, BigDecimal best) {
        public IndicatorRule {
            Objects.requireNonNull(indicator, "indicator is null");
            Objects.requireNonNull(weight, "weight is null");
            Objects.requireNonNull(worst, "worst is null");
            Objects.requireNonNull(best, "best is null");
        }

        /** {@code 100 × clamp((x − worst) ÷ (best − worst), 0, 1)}, exactly. */
        public Fraction normalise(Fraction x) {
            Fraction w = Fraction.of(worst);
            Fraction share = x.subtract(w).divide(Fraction.of(best).subtract(w)).clamp(Fraction.ZERO, Fraction.ONE);
            return share.multiply(Fraction.HUNDRED);
        }
    }

    /** A rating given to a rounded score of at least {@code minScore}. */
    public record RatingBand(String rating, BigDecimal minScore) {
        public RatingBand {
            Objects.requireNonNull(rating, "rating is null");
            Objects.requireNonNull(minScore, "minScore is null");
        }
    }

    /** What a rating means for the next year (Art. 33). */
    public record Consequence(String rating, int fundsChangePct, int staffPayChangePct, boolean commendation) {
        public Consequence {
            Objects.requireNonNull(rating, "rating is null");
        }
    }

    /** Art. 17: all three compared exactly, each indicator must be present. */
    public record FullyEmployedRule(BigDecimal maxUnemploymentRate, BigDecimal minZeroHouseholdClearance,
                                    BigDecimal minPlacementRate) {
        public FullyEmployedRule {
            Objects.requireNonNull(maxUnemploymentRate, "maxUnemploymentRate is null");
            Objects.requireNonNull(minZeroHouseholdClearance, "minZeroHouseholdClearance is null");
            Objects.requireNonNull(minPlacementRate, "minPlacementRate is null");
        }
    }

    /**
     * The weight uncertainty: each weight × U(factorMin, factorMax), renormalised; a FAIL whose share of
     * runs below the pass mark is at least {@code robustFailProbability} is robust, a better rating whose share
     * exceeds {@code atRiskProbability} is at risk.
     */
    public record MonteCarlo(int runs, long seed, BigDecimal factorMin, BigDecimal factorMax,
                             BigDecimal robustFailProbability, BigDecimal atRiskProbability) {
        public MonteCarlo {
            Objects.requireNonNull(factorMin, "factorMin is null");
            Objects.requireNonNull(factorMax, "factorMax is null");
            Objects.requireNonNull(robustFailProbability, "robustFailProbability is null");
            Objects.requireNonNull(atRiskProbability, "atRiskProbability is null");
        }

        public MonteCarlo withRuns(int newRuns) {
            return new MonteCarlo(newRuns, seed, factorMin, factorMax, robustFailProbability, atRiskProbability);
        }

        public MonteCarlo withSeed(long newSeed) {
            return new MonteCarlo(runs, newSeed, factorMin, factorMax, robustFailProbability, atRiskProbability);
        }
    }

    public AssessmentScheme withMonteCarlo(MonteCarlo mc) {
        return new AssessmentScheme(indicators, ratingBands, failRating, consequences, clearanceDays, fullyEmployed, art14, mc);
    }

    /** The rating of a score as shown (2 decimals): the first band, from the top, whose minimum it reaches. */
    public String rating(BigDecimal roundedScore) {
        for (RatingBand band : ratingBands) {
            if (roundedScore.compareTo(band.minScore()) >= 0) {
                return band.rating();
            }
        }
        return failRating;
    }

    /** The lowest score that is not a FAIL (60 by default): "P(score < 60)" counts runs below it. */
    public BigDecimal passMark() {
        return ratingBands.get(ratingBands.size() - 1).minScore();
    }

    public Optional<Consequence> consequence(String rating) {
        return consequences.stream().filter(c -> c.rating().equals(rating)).findFirst();
    }

    /** The ratings from the best band down to the fail rating, for summaries. */
    public List<String> ratings() {
        List<String> all = new java.util.ArrayList<>(ratingBands.stream().map(RatingBand::rating).toList());
        all.add(failRating);
        return all;
    }

    public Map<Indicator, IndicatorRule> rulesByIndicator() {
        Map<Indicator, IndicatorRule> map = new java.util.EnumMap<>(Indicator.class);
        indicators.forEach(r -> map.put(r.indicator(), r));
        return map;
    }
}
