package commstat.jobs.statistics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.util.Collection;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.sum;

/**
 * Floating residents active at each month end of each year built (assessment.md, Rules in detail → Floating
 * register). As of month m, only effective submissions of periods up to m count (a later file never changes a
 * past month); a record's latest row (later period, then later line) is its state. Long format: one row per
 * community with any register row, month and category, with {@code dimension} {@code total} (category
 * {@code ALL}, always present, possibly 0), {@code reason}, {@code housing_type} or {@code origin_province} (only
 * counts above 0).
 */
public final class FloatingActiveMonthly {
    public static final String TABLE = "floating_active_monthly";

    private final WarehouseTables tables;

    public FloatingActiveMonthly(WarehouseTables tables) {
        this.tables = tables;
    }

    public Dataset<Row> build(Collection<Integer> years) {
        Dataset<Row> register = tables.effective("floating");
        Dataset<Row> months = ReportingMonths.table(tables.spark(), years, 10).select(
                col("year"), col("period").as("as_of_period"), col("month_end"));
        Dataset<Row> grid = register.select("community_code").distinct().crossJoin(months);

        // A row is the record's state from its period until the period of the record's next row (a later row of
        // the same period replaces it at once), so each month end joins exactly one state per record.
        WindowSpec byRecord = Window.partitionBy("community_code", "record_id").orderBy("period", "line");
        Dataset<Row> states = register.withColumn("next_period", lead("period", 1).over(byRecord))
                .filter(col("next_period").isNull().or(col("next_period").gt(col("period"))))
                .join(broadcast(months), col("period").leq(col("as_of_period"))
                        .and(col("next_period").isNull().or(col("next_period").gt(col("as_of_period")))));
        // Counted once per combination of the three dimensions, then summed per dimension: the register is read
        // and joined to the months once, not once per dimension.
        Dataset<Row> active = states
                .filter(col("registered_on").leq(col("month_end"))
                        .and(col("departed_on").isNull().or(col("departed_on").gt(col("month_end")))))
                .groupBy(col("year"), col("community_code"), col("as_of_period"), col("reason"), col("housing_type"),
                        col("origin_province"))
                .agg(count(lit(1)).as("active"))
                .localCheckpoint();

        String[] key = {"year", "community_code", "as_of_period"};
        Dataset<Row> total = grid.join(active.groupBy(key[0], key[1], key[2]).agg(sum("active").as("active")), key, "left")
                .select(col("year"), col("community_code"), col("as_of_period"), lit("total").as("dimension"), lit("ALL").as("category"),
                        coalesce(col("active"), lit(0L)).as("active"));
        Dataset<Row> result = total
                .unionByName(by(active, "reason"))
                .unionByName(by(active, "housing_type"))
                .unionByName(by(active, "origin_province"));
        return result.select(col("year"), col("community_code"), col("as_of_period").as("period"),
                col("dimension"), col("category"), col("active").cast("int").as("active"));
    }

    private static Dataset<Row> by(Dataset<Row> active, String dimension) {
        Column category = col(dimension);
        return active.groupBy(col("year"), col("community_code"), col("as_of_period"), category.as("category"))
                .agg(sum("active").as("active"))
                .select(col("year"), col("community_code"), col("as_of_period"), lit(dimension).as("dimension"), col("category"),
                        col("active"));
    }
}
