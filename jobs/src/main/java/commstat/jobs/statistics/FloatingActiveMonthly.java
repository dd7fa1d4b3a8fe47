package commstat.jobs.statistics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

/**
 * Floating residents active at each month end of Y (assessment.md, Rules in detail → Floating register). As of
 * month m, only effective submissions of periods up to m count (a later file never changes a past month); a
 * record's latest row (later period, then later line) is its state. Long format: one row per community with
 * any register row, month and category, with {@code dimension} {@code total} (category {@code ALL}, always
 * present, possibly 0), {@code reason}, {@code housing_type} or {@code origin_province} (only counts above 0).
 */
public final class FloatingActiveMonthly {
    public static final String TABLE = "floating_active_monthly";

    private final WarehouseTables tables;

    public FloatingActiveMonthly(WarehouseTables tables) {
        this.tables = tables;
    }

    public Dataset<Row> build(int year) {
        Dataset<Row> register = tables.effective("floating");
        Dataset<Row> months = ReportingMonths.table(tables.spark(), year, 10).select(
                col("period").as("as_of_period"), col("month_end"));
        Dataset<Row> grid = register.select("community_code").distinct().crossJoin(months);

        Dataset<Row> states = register.crossJoin(months)
                .filter(col("period").leq(col("as_of_period")))
                .groupBy("community_code", "as_of_period", "month_end", "record_id")
                .agg(max(struct(col("period"), col("line"), col("registered_on"), col("departed_on"),
                        col("reason"), col("housing_type"), col("origin_province"))).as("s"));
        Dataset<Row> active = states
                .filter(col("s.registered_on").leq(col("month_end"))
                        .and(col("s.departed_on").isNull().or(col("s.departed_on").gt(col("month_end")))))
                .select(col("community_code"), col("as_of_period"), col("s.reason").as("reason"),
                        col("s.housing_type").as("housing_type"), col("s.origin_province").as("origin_province"));

        String[] key = {"community_code", "as_of_period"};
        Dataset<Row> total = grid.join(active.groupBy("community_code", "as_of_period").agg(count(lit(1)).as("active")),
                        key, "left")
                .select(col("community_code"), col("as_of_period"), lit("total").as("dimension"), lit("ALL").as("category"),
                        coalesce(col("active"), lit(0L)).as("active"));
        Dataset<Row> result = total
                .unionByName(by(active, "reason"))
                .unionByName(by(active, "housing_type"))
                .unionByName(by(active, "origin_province"));
        return result.select(lit(year).as("year"), col("community_code"), col("as_of_period").as("period"),
                col("dimension"), col("category"), col("active").cast("int").as("active"));
    }

    private static Dataset<Row> by(Dataset<Row> active, String dimension) {
        Column category = col(dimension);
        return active.groupBy(col("community_code"), col("as_of_period"), category.as("category"))
                .agg(count(lit(1)).as("active"))
                .select(col("community_code"), col("as_of_period"), lit(dimension).as("dimension"), col("category"),
                        col("active"));
    }
}
