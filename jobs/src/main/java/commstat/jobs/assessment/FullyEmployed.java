package commstat.jobs.assessment;

import commstat.jobs.assessment.AssessmentScheme.FullyEmployedRule;

/**
 * Art. 17's fully employed community for Y: unemployment rate at most 3%, every zero-employment household
 * cleared and placement rate at least 60% (configurable), compared exactly; a missing indicator, or one the
 * scheme does not compute, means not fully employed.
 */
public final class FullyEmployed {
    private final FullyEmployedRule rule;

    public FullyEmployed(FullyEmployedRule rule) {
        this.rule = rule;
    }

    public boolean test(CommunityAssessment a) {
        Fraction unemployment = raw(a, Indicator.UNEMPLOYMENT_RATE);
        Fraction clearance = raw(a, Indicator.ZERO_HOUSEHOLD_CLEARANCE);
        Fraction placement = raw(a, Indicator.PLACEMENT_RATE);
        return unemployment != null && clearance != null && placement != null
                && unemployment.compareTo(Fraction.of(rule.maxUnemploymentRate())) <= 0
                && clearance.compareTo(Fraction.of(rule.minZeroHouseholdClearance())) >= 0
                && placement.compareTo(Fraction.of(rule.minPlacementRate())) >= 0;
    }

    private static Fraction raw(CommunityAssessment a, Indicator indicator) {
        IndicatorResult r = a.indicator(indicator);
        return r == null ? null : r.raw();
    }
}
