package commstat.jobs.statistics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
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
        return readIfPresent(table).orElseThrow(() -> new IllegalStateException(
                "the warehouse " + warehouse + " has no table " + table + " (run the ingest first)"));
    }

    public Optional<Dataset<Row>> readIfPresent(String table) {
        Path dir = warehouse.resolve(table);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return Optional.of(spark.read().parquet(dir.toString()));
    }

    /** Effective rows of {@code stg_<dataset>}. */
    public Dataset<Row> effective(String dataset) {
        Dataset<Row> stg = read("stg_" + dataset);
        return stg.filter(stg.col("is_effective"));
    }
}
