package commstat.jobs.statistics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The reporting grid a district office scans (assessment.md, Rules in detail → Reporting grid): one row per
 * community of {@code communities.csv} × dataset × month of each year built. A month whose deadline is after the
 * run time is <em>not yet due</em>: neither late nor missing.
 */
public final class ReportingGrid {
    public static final String TABLE = "reporting_grid";
    static final List<String> DATASETS = List.of("population", "employment", "floating", "funds");

    private final WarehouseTables tables;

    public ReportingGrid(WarehouseTables tables) {
        this.tables = tables;
    }

    /**
     * @param now         the run time: a deadline after it is not yet due
     * @param deadlineDay the day of the next month a month's submission is due (for months nobody sent)
     */
    public Dataset<Row> build(Collection<Integer> years, LocalDateTime now, int deadlineDay) {
        Dataset<Row> communities = tables.read("ref_communities")
                .select("community_code", "street_code", "district_code", "established_on", "dissolved_on");
        Dataset<Row> datasets = tables.spark().createDataFrame(
                DATASETS.stream().map(d -> RowFactory.create(d)).toList(),
                new StructType().add("dataset", DataTypes.StringType, false));
        Dataset<Row> months = ReportingMonths.table(tables.spark(), years, deadlineDay);

        Dataset<Row> effective = tables.read("submissions_effective").select(
                col("community_code"), col("dataset"), col("period"), col("file_name").as("effective_file"),
                col("first_accepted_at"), col("is_on_time").as("effective_on_time"));
        Dataset<Row> files = tables.read("ingest_files").filter(col("dataset").isNotNull());
        Dataset<Row> effectiveRejects = files.filter(col("is_effective"))
                .select(col("file_name").as("effective_file"), col("rows_rejected").as("effective_rows_rejected"));
        Dataset<Row> allRejects = files.groupBy("community_code", "dataset", "period")
                .agg(sum(col("rows_rejected").cast("long")).as("all_rows_rejected"));

        Column exists = col("established_on").isNull().or(col("established_on").leq(col("month_end")))
                .and(col("dissolved_on").isNull().or(col("dissolved_on").geq(col("month_start"))));
        Column received = col("effective_file").isNotNull();
        Column due = col("deadline").leq(lit(now));
        Column onTime = when(received, col("effective_on_time")).when(due, lit(false));

        return communities.crossJoin(datasets).crossJoin(months)
                .join(effective, new String[]{"community_code", "dataset", "period"}, "left")
                .join(effectiveRejects, new String[]{"effective_file"}, "left")
                .join(allRejects, new String[]{"community_code", "dataset", "period"}, "left")
                .select(col("year"), col("community_code"), col("street_code"), col("district_code"),
                        col("dataset"), col("period"), col("deadline"),
                        exists.as("is_expected"),
                        received.as("is_received"),
                        due.as("is_due"),
                        onTime.as("is_on_time"),
                        when(received, when(col("effective_on_time"), lit("on_time")).otherwise(lit("late")))
                                .when(exists.and(due), lit("missing"))
                                .when(exists, lit("not_yet_due"))
                                .otherwise(lit("not_expected")).as("status"),
                        col("effective_file"), col("first_accepted_at"),
                        coalesce(col("effective_rows_rejected"), lit(0)).cast("int").as("rejected_rows"),
                        coalesce(col("all_rows_rejected"), lit(0L)).cast("int").as("rejected_rows_all_files"));
    }
}
