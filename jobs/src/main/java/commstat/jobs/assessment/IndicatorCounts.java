package commstat.jobs.assessment;

import commstat.jobs.statistics.EmploymentEvents;
import commstat.jobs.statistics.WarehouseTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * Counts, in Spark, everything the indicators of year Y need per community (U, W, P, R, pairs received and on
 * time, rows read and accepted, households declared and cleared, population, inputs) and brings the small
 * per-community result to the driver, where {@link AssessmentScorer} does the exact arithmetic.
 */
public final class IndicatorCounts {
    public static final String FUND_POINTS_TABLE = "fund_anomaly_points";
    static final List<String> DATASETS = List.of("population", "employment", "floating", "funds");

    private final WarehouseTables tables;
    private final int year;
    private final int clearanceDays;

    public IndicatorCounts(WarehouseTables tables, int year, int clearanceDays) {
        this.tables = tables;
        this.year = year;
        this.clearanceDays = clearanceDays;
    }

    /**
     * Counts for each community given, in its order.
     *
     * @param fundPoints the {@code fund_anomaly_points} table (community_code, year, and the points as column
     *                   {@code fund_anomaly_points} or {@code points}, null without a funds submission), or empty when it
     *                   is not there: then the fund indicator is missing for everyone
     */
    public List<CommunityCounts> perCommunity(List<Community> communities, Optional<Dataset<Row>> fundPoints) {
        Map<String, Row> pairs = byCommunity(pairs());
        Map<String, Row> rows = byCommunity(rows());
        Map<String, Row> persons = byCommunity(persons());
        Map<String, Row> zero = byCommunity(zeroHouseholds());
        Map<String, Row> population = byCommunity(population());
        Map<String, Row> inputs = byCommunity(inputs());
        Map<String, Row> funds = fundPoints.map(f -> byCommunity(f
                .filter(col("year").equalTo(year))
                .select(col("community_code"), col(pointsColumn(f)).cast("decimal(38,10)").as("points")))).orElse(Map.of());

        List<CommunityCounts> out = new ArrayList<>();
        for (Community c : communities) {
            String code = c.code();
            Row p = pairs.get(code);
            Row r = rows.get(code);
            Row u = persons.get(code);
            Row z = zero.get(code);
            Row pop = population.get(code);
            Row in = inputs.get(code);
            Row f = funds.get(code);
            out.add(new CommunityCounts(c,
                    p == null ? 0 : p.<Long>getAs("pairs_received"),
                    p == null ? 0 : p.<Long>getAs("pairs_on_time"),
                    r == null ? 0 : r.<Long>getAs("rows_read"),
                    r == null ? 0 : r.<Long>getAs("rows_accepted"),
                    p != null && p.<Long>getAs("employment_months") > 0,
                    u == null ? 0 : u.<Long>getAs("unemployed"),
                    pop == null ? null : longOrNull(pop, "aged_18_59"),
                    pop == null ? null : longOrNull(pop, "resident_population"),
                    pop == null ? null : pop.<String>getAs("period"),
                    u == null ? 0 : u.<Long>getAs("registered"),
                    u == null ? 0 : u.<Long>getAs("placed"),
                    z == null ? 0 : z.<Long>getAs("declared"),
                    z == null ? 0 : z.<Long>getAs("cleared"),
                    f == null ? null : stripped(f.getAs("points")),
                    in == null ? null : stripped(in.getAs("SAFETY_INCIDENTS")),
                    in == null ? null : stripped(in.getAs("SATISFACTION")),
                    in == null ? null : stripped(in.getAs("STREET_EVALUATION"))));
        }
        return out;
    }

    /** The funds job names the column after the indicator; {@code points} is accepted too. */
    static String pointsColumn(Dataset<Row> fundPoints) {
        List<String> columns = List.of(fundPoints.columns());
        return columns.contains(FUND_POINTS_TABLE) ? FUND_POINTS_TABLE : "points";
    }

    /**
     * The rows of periods of Y (Spark SQL). Each table is read with only the rows the year needs, so a new file of
     * another year leaves this year's assessment unchanged for the nightly (TableAccess.readWhere).
     */
    private String inYear() {
        return "period LIKE '" + year + "-%'";
    }

    /** (dataset, month) pairs of Y with an effective submission, how many were on time, employment months. */
    Dataset<Row> pairs() {
        return tables.readWhere("submissions_effective", inYear())
                .filter(col("dataset").isin(DATASETS.toArray()))
                .groupBy("community_code")
                .agg(count(lit(1)).as("pairs_received"),
                        sum(when(col("is_on_time"), 1L).otherwise(0L)).as("pairs_on_time"),
                        sum(when(col("dataset").equalTo("employment"), 1L).otherwise(0L)).as("employment_months"));
    }

    /** Rows read and accepted over the effective submissions of Y. */
    Dataset<Row> rows() {
        return tables.readWhere("ingest_files", "is_effective AND " + inYear())
                .groupBy("community_code")
                .agg(sum(col("rows_read").cast("long")).as("rows_read"),
                        sum(col("rows_accepted").cast("long")).as("rows_accepted"));
    }

    /** The effective employment events up to Y-12-31: all that U, R, P and the households of Y look at. */
    private Dataset<Row> events() {
        return tables.readWhere("stg_employment", "is_effective AND event_date <= DATE'" + year + "-12-31'");
    }

    /**
     * U, R and P in one pass over each person's events. U: persons whose latest status event dated ≤ Y-12-31
     * (any period's submission) is a registration, an employment event winning a day. R: persons registered in
     * Y. P: those of R with a placement in Y on or after their first registration in Y (their latest placement
     * in Y is on or after it exactly when any is).
     */
    Dataset<Row> persons() {
        Column status = col("event_type").isin(EmploymentEvents.REGISTERED, EmploymentEvents.EMPLOYED, EmploymentEvents.FLEXIBLE);
        Column registered = col("event_type").equalTo(EmploymentEvents.REGISTERED);
        Column inY = year(col("event_date")).equalTo(year);
        Column dayRank = when(registered, lit(0)).otherwise(lit(1));
        return events()
                .groupBy("community_code", "person_key")
                .agg(max(when(status.and(col("event_date").leq(lit(LocalDate.of(year, 12, 31)))),
                                struct(col("event_date"), dayRank.as("day_rank")))).as("latest"),
                        min(when(registered.and(inY), col("event_date"))).as("first_registered"),
                        max(when(EmploymentEvents.isPlacement().and(inY), col("event_date"))).as("last_placed"))
                .groupBy("community_code")
                .agg(sum(when(col("latest.day_rank").equalTo(0), 1L).otherwise(0L)).as("unemployed"),
                        sum(when(col("first_registered").isNotNull(), 1L).otherwise(0L)).as("registered"),
                        sum(when(col("last_placed").geq(col("first_registered")), 1L).otherwise(0L)).as("placed"));
    }

    /**
     * Households declared zero-employment in Y, and those with a clearing in Y within the window on or after
     * their first declaration in Y (the first such clearing is within it exactly when any is), in one pass.
     */
    Dataset<Row> zeroHouseholds() {
        Column inY = year(col("event_date")).equalTo(year);
        return events().filter(inY.and(col("event_type").isin(EmploymentEvents.DECLARED, EmploymentEvents.CLEARED)))
                .groupBy("community_code", "household_id")
                .agg(min(when(col("event_type").equalTo(EmploymentEvents.DECLARED), col("event_date"))).as("first_declared"),
                        collect_list(when(col("event_type").equalTo(EmploymentEvents.CLEARED), col("event_date"))).as("cleared"))
                .filter(col("first_declared").isNotNull())
                .withColumn("in_time", expr("exists(cleared, d -> d >= first_declared and datediff(d, first_declared) <= "
                        + clearanceDays + ")"))
                .groupBy("community_code")
                .agg(count(lit(1)).as("declared"), sum(when(col("in_time"), 1L).otherwise(0L)).as("cleared"));
    }

    /** The latest month of Y with an effective population submission, and its W and resident population. */
    Dataset<Row> population() {
        return tables.readWhere("stg_population", "is_effective AND " + inYear())
                .groupBy("community_code")
                .agg(max(struct(col("period"), col("aged_18_59"), col("resident_population"))).as("latest"))
                .select(col("community_code"), col("latest.period").as("period"),
                        col("latest.aged_18_59").as("aged_18_59"), col("latest.resident_population").as("resident_population"));
    }

    /** The assessment inputs of Y, one column per indicator code. */
    Dataset<Row> inputs() {
        Dataset<Row> in = tables.readWhere("ref_assessment_inputs", "year = " + year);
        return in.groupBy("community_code")
                .agg(max(when(col("indicator").equalTo("SAFETY_INCIDENTS"), col("value"))).as("SAFETY_INCIDENTS"),
                        max(when(col("indicator").equalTo("SATISFACTION"), col("value"))).as("SATISFACTION"),
                        max(when(col("indicator").equalTo("STREET_EVALUATION"), col("value"))).as("STREET_EVALUATION"));
    }

    private static Map<String, Row> byCommunity(Dataset<Row> d) {
        Map<String, Row> map = new HashMap<>();
        for (Row r : d.collectAsList()) {
            map.put(r.getAs("community_code"), r);
        }
        return map;
    }

    private static Long longOrNull(Row r, String field) {
        Object v = r.getAs(field);
        return v == null ? null : ((Number) v).longValue();
    }

    private static BigDecimal stripped(Object v) {
        if (v == null) {
            return null;
        }
        BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
        return d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }
}
