package commstat.jobs.statistics;

import org.apache.spark.sql.Column;

import static org.apache.spark.sql.functions.col;

/**
 * The employment event codes shared by the assessment and the monthly statistics (assessment.md, Rules in detail).
 */
public final class EmploymentEvents {
    public static final String REGISTERED = "UNEMPLOYED_REGISTERED";
    public static final String EMPLOYED = "EMPLOYED";
    public static final String FLEXIBLE = "FLEXIBLE_VERIFIED";
    public static final String DECLARED = "ZERO_HOUSEHOLD_DECLARED";
    public static final String CLEARED = "ZERO_HOUSEHOLD_CLEARED";

    private EmploymentEvents() {
    }

    public static Column isPlacement() {
        return col("event_type").isin(EMPLOYED, FLEXIBLE);
    }
}
