package commstat.jobs.statistics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import commstat.jobs.warehouse.TableAccess;

import java.nio.file.Path;
import java.util.Optional;

/** Reads the warehouse tables of docs/DATA.md that the assessment and the statistics start from. */
public final class WarehouseTables {
    private final SparkSession spark;
    private final Path warehouse;

    public WarehouseTables(SparkSession spark, Path warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    public SparkSession spark() {
        return spark;
    }

    public Path warehouse() {
        return warehouse;
    }

    public Dataset<Row> read(String table) {
        return readIfPresent(table).orElseThrow(() -> missing(table));
    }

    public Optional<Dataset<Row>> readIfPresent(String table) {
        return TableAccess.read(spark, warehouse, table);
    }

    /**
     * The rows of {@code table} meeting {@code condition} (Spark SQL). Prefer it to a filter after {@link #read}
     * when a stage needs only some of a table's rows: the nightly then counts only those as the stage's input.
     */
    public Dataset<Row> readWhere(String table, String condition) {
        return readWhereIfPresent(table, condition).orElseThrow(() -> missing(table));
    }

    /** As {@link #readWhere}, or empty when there is no such table. */
    public Optional<Dataset<Row>> readWhereIfPresent(String table, String condition) {
        return TableAccess.readWhere(spark, warehouse, table, condition);
    }

    private IllegalStateException missing(String table) {
        return new IllegalStateException("the warehouse " + warehouse + " has no table " + table + " (run the ingest first)");
    }

    /** Effective rows of {@code stg_<dataset>}. */
    public Dataset<Row> effective(String dataset) {
        Dataset<Row> stg = read("stg_" + dataset);
        return stg.filter(stg.col("is_effective"));
    }
}
