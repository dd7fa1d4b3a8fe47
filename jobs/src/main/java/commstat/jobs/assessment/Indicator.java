package commstat.jobs.assessment;

import java.util.Optional;

/**
 * The indicators the product knows how to compute (assessment.md, Indicators). The scheme chooses which of
 * them count and with what weight and goalposts; a code the product cannot compute is a scheme error.
 */
public enum Indicator {
    COMPLETENESS("completeness", "completeness"),
    TIMELINESS("timeliness", "timeliness"),
    DATA_QUALITY("data_quality", "data quality"),
    UNEMPLOYMENT_RATE("unemployment_rate", "the unemployment rate"),
    PLACEMENT_RATE("placement_rate", "the placement rate"),
    ZERO_HOUSEHOLD_CLEARANCE("zero_household_clearance", "zero-employment household clearance"),
    FUND_ANOMALY_POINTS("fund_anomaly_points", "fund anomalies"),
    SAFETY_INCIDENTS_PER_1000("safety_incidents_per_1000", "safety incidents"),
    SATISFACTION("satisfaction", "residents' satisfaction"),
    STREET_EVALUATION("street_evaluation", "the street evaluation");

    private final String code;
    private final String label;

    Indicator(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** How an explanation sentence names the indicator. */
    public String label() {
        return label;
    }

    public static Optional<Indicator> fromCode(String code) {
        for (Indicator i : values()) {
            if (i.code.equals(code)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
