package commstat.ingest.landing;

import java.io.Serializable;
import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/** A yearly input of {@code assessment_inputs.csv}: {@code SATISFACTION}, {@code STREET_EVALUATION} or {@code SAFETY_INCIDENTS}. */
public record AssessmentInput(int year, String communityCode, String indicator, BigDecimal value)
        implements Serializable {
    public AssessmentInput {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(indicator, "indicator is null");
        requireNonNull(value, "value is null");
    }
}
