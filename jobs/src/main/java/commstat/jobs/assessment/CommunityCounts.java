package commstat.jobs.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What Spark counts for one assessed community and year, everything the indicators need
 * (assessment.md, Indicators). Nullable fields are absent inputs: no population month in Y, no row in
 * {@code fund_anomaly_points}, no assessment input.
 *
 * @param pairsReceived      (dataset, month) pairs of Y with an effective submission
 * @param pairsOnTime        of those, pairs whose first accepted submission was on time
 * @param rowsRead           rows read over the effective submissions of Y
 * @param rowsAccepted       rows accepted over the same files
 * @param hasEmployment      Y has an effective employment submission
 * @param unemployed         U: persons whose latest status event dated ≤ Y-12-31 is a registration
 * @param workingAge         W: {@code aged_18_59} of the latest month of Y with an effective population submission
 * @param residentPopulation {@code resident_population} of that month
 * @param populationPeriod   that month ({@code yyyy-MM})
 * @param registered         R: persons registered unemployed in Y
 * @param placed             P: those of R placed in Y on or after their first registration in Y
 * @param zeroDeclared       households declared zero-employment in Y
 * @param zeroCleared        of those, cleared within the window after their first declaration, in Y
 * @param fundPoints         the fund anomaly points, null when no effective funds submission in Y
 */
public record CommunityCounts(
        Community community,
        long pairsReceived,
        long pairsOnTime,
        long rowsRead,
        long rowsAccepted,
        boolean hasEmployment,
        long unemployed,
        Long workingAge,
        Long residentPopulation,
        String populationPeriod,
        long registered,
        long placed,
        long zeroDeclared,
        long zeroCleared,
        BigDecimal fundPoints,
        BigDecimal safetyIncidents,
        BigDecimal satisfaction,
        BigDecimal streetEvaluation) {

    public CommunityCounts {
        Objects.requireNonNull(community, "community is null");
    }

    /** Counts of a community that sent nothing at all (every count 0, every input absent). */
    public static CommunityCounts nothingFor(Community community) {
        return new CommunityCounts(community, 0, 0, 0, 0, false, 0, null, null, null, 0, 0, 0, 0,
                null, null, null, null);
    }
}
