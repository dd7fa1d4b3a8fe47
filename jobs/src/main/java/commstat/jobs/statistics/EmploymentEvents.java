package commstat.jobs.statistics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The employment event codes and the two "latest event" rules shared by the assessment and the monthly
 * statistics (assessment.md, Rules in detail): a person's status is their latest status event, and on one
 * day an employment event wins over a registration; a household is open when its latest zero-household
 * event is a declaration, and on one day the clearing wins.
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

    /**
     * Status events with {@code day_rank}: 0 for a registration, 1 for an employment event, so that the
     * maximum of {@code struct(event_date, day_rank)} is the latest status with employment winning a day.
     */
    public static Dataset<Row> statusEvents(Dataset<Row> events) {
        return events.filter(col("event_type").isin(REGISTERED, EMPLOYED, FLEXIBLE))
                .select(col("community_code"), col("person_key"), col("event_date"),
                        when(col("event_type").equalTo(REGISTERED), lit(0)).otherwise(lit(1)).as("day_rank"));
    }

    /**
     * The events that are a key's state at some month end of {@code months} (period, month_end): an event holds
     * from its date until the key's next event, and on one day the higher {@code day_rank} comes last and holds.
     * Returns the events joined with every month end at which they hold, so a count per month needs no
     * "latest per key and month" aggregation over the whole history.
     */
    public static Dataset<Row> heldAtMonthEnds(Dataset<Row> ranked, String key, Dataset<Row> months) {
        WindowSpec byKey = Window.partitionBy("community_code", key).orderBy("event_date", "day_rank");
        return ranked.withColumn("next_date", lead("event_date", 1).over(byKey))
                .join(broadcast(months), col("event_date").leq(col("month_end"))
                        .and(col("next_date").isNull().or(col("next_date").gt(col("month_end")))));
    }

    /** Zero-household events with {@code day_rank}: 0 declared, 1 cleared (the clearing wins a day). */
    public static Dataset<Row> zeroHouseholdEvents(Dataset<Row> events) {
        return events.filter(col("event_type").isin(DECLARED, CLEARED))
                .select(col("community_code"), col("household_id"), col("event_date"),
                        when(col("event_type").equalTo(DECLARED), lit(0)).otherwise(lit(1)).as("day_rank"));
    }
}
