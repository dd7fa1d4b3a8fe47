package commstat.server.assessment;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/** One indicator of a community's assessment, as {@code assessment_indicators} holds it. */
public record IndicatorRow(String indicator, BigDecimal weight, BigDecimal raw, String rawExact, boolean isMissing,
                           String missingReason, BigDecimal normalised, BigDecimal contribution,
                           BigDecimal pointsLost, BigDecimal numerator, BigDecimal denominator, String explanation) {
    public IndicatorRow {
        requireNonNull(indicator, "indicator is null");
        requireNonNull(weight, "weight is null");
        requireNonNull(normalised, "normalised is null");
        requireNonNull(contribution, "contribution is null");
        requireNonNull(pointsLost, "pointsLost is null");
        requireNonNull(explanation, "explanation is null");
    }
}
