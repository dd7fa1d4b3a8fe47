package commstat.jobs.statistics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Collection;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.year;

/**
 * Employment statistics per community and month of each year built (assessment.md, Rules in detail → Employment
 * statistics), from the effective submissions of any period: one row per community with any employment event ×
 * month.
 */
public final class EmploymentMonthly {
    public static final String TABLE = "employment_monthly";
    private static final String[] KEY = {"community_code", "period"};

    private final WarehouseTables tables;

    public EmploymentMonthly(WarehouseTables tables) {
        this.tables = tables;
    }

    public Dataset<Row> build(Collection<Integer> years) {
        Dataset<Row> events = tables.effective("employment");
        Dataset<Row> months = ReportingMonths.table(tables.spark(), years, 10).select("year", "period", "month_end");
        Dataset<Row> grid = events.select("community_code").distinct().crossJoin(months);

        // registered unemployed at month end: latest status event dated ≤ month end is a registration
        Dataset<Row> unemployed = EmploymentEvents.heldAtMonthEnds(
                        EmploymentEvents.statusEvents(events), "person_key", months)
                .filter(col("day_rank").equalTo(0))
                .groupBy("community_code", "period").agg(count(lit(1)).as("registered_unemployed"));

        Dataset<Row> inYear = events.filter(year(col("event_date")).isin(years.toArray()))
                .withColumn("period", date_format(col("event_date"), "yyyy-MM"));
        Dataset<Row> registrations = inYear.filter(col("event_type").equalTo(EmploymentEvents.REGISTERED))
                .groupBy("community_code", "period").agg(countDistinct("person_key").as("new_registrations"));

        // a placement counts when the person registered on or before it (the same day counts)
        Dataset<Row> firstRegistration = events.filter(col("event_type").equalTo(EmploymentEvents.REGISTERED))
                .groupBy("community_code", "person_key").agg(min("event_date").as("first_registered"));
        Dataset<Row> placements = inYear.filter(EmploymentEvents.isPlacement())
                .join(firstRegistration, new String[]{"community_code", "person_key"})
                .filter(col("event_date").geq(col("first_registered")))
                .groupBy("community_code", "period").agg(countDistinct("person_key").as("placements"));

        Dataset<Row> openZero = EmploymentEvents.heldAtMonthEnds(
                        EmploymentEvents.zeroHouseholdEvents(events), "household_id", months)
                .filter(col("day_rank").equalTo(0))
                .groupBy("community_code", "period").agg(count(lit(1)).as("open_zero_households"));

        return grid.join(unemployed, KEY, "left").join(registrations, KEY, "left")
                .join(placements, KEY, "left").join(openZero, KEY, "left")
                .select(col("year"), col("community_code"), col("period"),
                        count0("registered_unemployed"), count0("new_registrations"),
                        count0("placements"), count0("open_zero_households"));
    }

    private static org.apache.spark.sql.Column count0(String name) {
        return coalesce(col(name), lit(0L)).cast("int").as(name);
    }
}
