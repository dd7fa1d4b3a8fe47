package commstat.jobs.statistics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/** The reporting grid summed per street, district and city, per dataset and month. */
public final class ReportingRates {
    public static final String TABLE = "reporting_rates";

    private ReportingRates() {
    }

    public static Dataset<Row> build(Dataset<Row> grid) {
        return summed(grid, "street", col("street_code"))
                .unionByName(summed(grid, "district", col("district_code")))
                .unionByName(summed(grid, "city", substring(col("district_code"), 1, 4)));
    }

    private static Dataset<Row> summed(Dataset<Row> grid, String level, Column unit) {
        return grid.withColumn("unit_code", unit)
                .groupBy(col("year"), col("unit_code"), col("dataset"), col("period"))
                .agg(count(lit(1)).cast("int").as("communities"),
                        flag("is_expected").as("expected"),
                        flag("is_received").as("received"),
                        flag("is_on_time").as("on_time"),
                        status("late").as("late"),
                        status("missing").as("missing"),
                        status("not_yet_due").as("not_yet_due"),
                        sum("rejected_rows").cast("int").as("rejected_rows"),
                        sum("rejected_rows_all_files").cast("int").as("rejected_rows_all_files"))
                .select(col("year"), lit(level).as("level"), col("unit_code"), col("dataset"), col("period"),
                        col("communities"), col("expected"), col("received"), col("on_time"), col("late"),
                        col("missing"), col("not_yet_due"), col("rejected_rows"), col("rejected_rows_all_files"));
    }

    private static Column flag(String name) {
        return sum(when(col(name), 1).otherwise(0)).cast("int");
    }

    private static Column status(String value) {
        return sum(when(col("status").equalTo(value), 1).otherwise(0)).cast("int");
    }
}
