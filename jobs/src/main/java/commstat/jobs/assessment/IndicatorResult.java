package commstat.jobs.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator of one community and year, with what it cost: {@code raw} is null when the indicator is
 * missing (it then scores 0). {@code numerator}/{@code denominator} are the counts behind the raw value
 * (e.g. U and W), null where the raw value is an input taken as given.
 */
public record IndicatorResult(
        Indicator indicator,
        BigDecimal weight,
        Fraction raw,
        Fraction normalised,
        Fraction contribution,
        Fraction pointsLost,
        BigDecimal numerator,
        BigDecimal denominator,
        String missingReason,
        String explanation) {

    public IndicatorResult {
        Objects.requireNonNull(indicator, "indicator is null");
        Objects.requireNonNull(weight, "weight is null");
        Objects.requireNonNull(normalised, "normalised is null");
        Objects.requireNonNull(contribution, "contribution is null");
        Objects.requireNonNull(pointsLost, "pointsLost is null");
        Objects.requireNonNull(explanation, "explanation is null");
    }

    public boolean missing() {
        return raw == null;
    }
}
