package commstat.jobs.assessment;

import commstat.jobs.assessment.AssessmentScheme.IndicatorRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns each community's counts into indicators, an exact score, a rating and ranks (assessment.md, From raw
 * values to a score). Plain Java on the driver: a city has a few thousand communities, and rational
 * arithmetic is what makes the numbers reproducible by hand.
 */
public final class AssessmentScorer {
    /** Four datasets × twelve months. */
    public static final int PAIRS_PER_YEAR = 48;

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final AssessmentScheme scheme;
    private final int year;

    public AssessmentScorer(AssessmentScheme scheme, int year) {
        this.scheme = scheme;
        this.year = year;
    }

    /** Scores and ranks every community; the result is sorted by community code. */
    public List<CommunityAssessment> score(List<CommunityCounts> all) {
        List<CommunityCounts> sorted = all.stream()
                .sorted(Comparator.comparing((CommunityCounts c) -> c.community().code())).toList();
        List<Scored> scored = new ArrayList<>();
        for (CommunityCounts counts : sorted) {
            List<IndicatorResult> results = new ArrayList<>();
            Fraction total = Fraction.ZERO;
            for (IndicatorRule rule : scheme.indicators()) {
                IndicatorResult r = indicator(rule, counts);
                results.add(r);
                total = total.add(r.contribution());
            }
            scored.add(new Scored(counts.community(), results, total, total.toDecimal(2)));
        }
        int[] cityRanks = Ranking.competition(scored, Scored::cents);
        int[] districtRanks = new int[scored.size()];
        for (List<Integer> district : Ranking.groups(scored, s -> s.community().districtCode())) {
            int[] ranks = Ranking.competition(district.stream().map(scored::get).toList(), Scored::cents);
            for (int k = 0; k < district.size(); k++) {
                districtRanks[district.get(k)] = ranks[k];
            }
        }
        List<CommunityAssessment> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            out.add(new CommunityAssessment(s.community(), s.indicators(), s.exact(), s.shown(),
                    scheme.rating(s.shown()), districtRanks[i], cityRanks[i]));
        }
        return out;
    }

    private record Scored(Community community, List<IndicatorResult> indicators, Fraction exact, BigDecimal shown) {
        long cents() {
            return shown.movePointRight(2).longValueExact();
        }
    }

    IndicatorResult indicator(IndicatorRule rule, CommunityCounts c) {
        return switch (rule.indicator()) {
            case COMPLETENESS -> ratio(rule, c.pairsReceived(), PAIRS_PER_YEAR, null,
                    PAIRS_PER_YEAR - c.pairsReceived() == 0
                            ? "all " + PAIRS_PER_YEAR + " monthly submissions received"
                            : (PAIRS_PER_YEAR - c.pairsReceived()) + " of " + PAIRS_PER_YEAR + " monthly submissions missing");
            case TIMELINESS -> {
                long notOnTime = PAIRS_PER_YEAR - c.pairsOnTime();
                long late = c.pairsReceived() - c.pairsOnTime();
                yield ratio(rule, c.pairsOnTime(), PAIRS_PER_YEAR, null, notOnTime == 0
                        ? "all " + PAIRS_PER_YEAR + " submissions on time"
                        : notOnTime + " of " + PAIRS_PER_YEAR + " submissions not on time (" + late + " late, "
                        + (PAIRS_PER_YEAR - c.pairsReceived()) + " missing)");
            }
            case DATA_QUALITY -> ratio(rule, c.rowsAccepted(), c.rowsRead(),
                    c.rowsRead() == 0 ? "no row read in the effective submissions of " + year : null,
                    (c.rowsRead() - c.rowsAccepted()) + " of " + c.rowsRead() + " rows rejected");
            case UNEMPLOYMENT_RATE -> {
                String missing = !c.hasEmployment() ? noEmployment()
                        : c.workingAge() == null ? "no effective population submission in " + year
                        : c.workingAge() == 0 ? "aged_18_59 is 0 in " + c.populationPeriod() : null;
                Fraction raw = missing != null ? null : Fraction.of(c.unemployed(), c.workingAge());
                yield of(rule, raw, dec(c.unemployed()), c.workingAge() == null ? null : dec(c.workingAge()), missing,
                        c.unemployed() + " registered unemployed of " + c.workingAge() + " residents aged 18-59 ("
                                + c.populationPeriod() + ")");
            }
            case PLACEMENT_RATE -> c.registered() == 0
                    ? of(rule, c.hasEmployment() ? Fraction.ONE : null, dec(0), dec(0), c.hasEmployment() ? null : noEmployment(),
                    "nobody registered unemployed in " + year)
                    : ratio(rule, c.placed(), c.registered(), c.hasEmployment() ? null : noEmployment(),
                    c.placed() + " of " + c.registered() + " persons registered unemployed in " + year + " placed");
            case ZERO_HOUSEHOLD_CLEARANCE -> c.zeroDeclared() == 0
                    ? of(rule, c.hasEmployment() ? Fraction.ONE : null, dec(0), dec(0), c.hasEmployment() ? null : noEmployment(),
                    "no zero-employment household declared in " + year)
                    : ratio(rule, c.zeroCleared(), c.zeroDeclared(), c.hasEmployment() ? null : noEmployment(),
                    c.zeroCleared() + " of " + c.zeroDeclared() + " zero-employment households cleared within "
                            + scheme.clearanceDays() + " days");
            case FUND_ANOMALY_POINTS -> of(rule, c.fundPoints() == null ? null : Fraction.of(c.fundPoints()), c.fundPoints(), null,
                    c.fundPoints() == null ? "no effective funds submission in " + year : null,
                    c.fundPoints() == null ? "" : plain(c.fundPoints()) + " fund anomaly points");
            case SAFETY_INCIDENTS_PER_1000 -> {
                String missing = c.safetyIncidents() == null ? "no SAFETY_INCIDENTS input for " + year
                        : c.residentPopulation() == null ? "no effective population submission in " + year
                        : c.residentPopulation() == 0 ? "resident_population is 0 in " + c.populationPeriod() : null;
                Fraction raw = missing != null ? null
                        : Fraction.of(c.safetyIncidents().multiply(THOUSAND)).divide(Fraction.of(c.residentPopulation()));
                yield of(rule, raw, c.safetyIncidents(), c.residentPopulation() == null ? null : dec(c.residentPopulation()), missing,
                        raw == null ? "" : plain(c.safetyIncidents()) + " safety incidents for a resident population of "
                                + c.residentPopulation() + " (" + raw.toDecimal(2).toPlainString() + " per 1,000)");
            }
            case SATISFACTION -> input(rule, c.satisfaction(), "SATISFACTION", "survey score ");
            case STREET_EVALUATION -> input(rule, c.streetEvaluation(), "STREET_EVALUATION", "street evaluation ");
        };
    }

    private String noEmployment() {
        return "no effective employment submission in " + year;
    }

    private IndicatorResult input(IndicatorRule rule, BigDecimal value, String name, String detail) {
        return of(rule, value == null ? null : Fraction.of(value), null, null,
                value == null ? "no " + name + " input for " + year : null, value == null ? "" : detail + plain(value));
    }

    private IndicatorResult ratio(IndicatorRule rule, long numerator, long denominator, String missingReason, String detail) {
        Fraction raw = missingReason != null ? null : Fraction.of(numerator, denominator);
        return of(rule, raw, dec(numerator), dec(denominator), missingReason, detail);
    }

    /** Normalises, weighs and explains one raw value; a missing one scores 0 (non-submission must never pay). */
    private IndicatorResult of(IndicatorRule rule, Fraction raw, BigDecimal numerator, BigDecimal denominator,
                               String missingReason, String detail) {
        Fraction weight = Fraction.of(rule.weight());
        Fraction n = raw == null ? Fraction.ZERO : rule.normalise(raw);
        Fraction contribution = weight.multiply(n);
        Fraction lost = weight.multiply(Fraction.HUNDRED.subtract(n));
        String because = raw == null ? "missing (" + missingReason + ")" : detail;
        String explanation = lost.signum() == 0
                ? "no points lost on " + rule.indicator().label() + ": " + because
                : lost.toDecimal(2).toPlainString() + " points lost on " + rule.indicator().label() + ": " + because;
        return new IndicatorResult(rule.indicator(), rule.weight(), raw, n, contribution, lost,
                numerator, denominator, raw == null ? missingReason : null, explanation);
    }

    private static BigDecimal dec(long v) {
        return BigDecimal.valueOf(v);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
