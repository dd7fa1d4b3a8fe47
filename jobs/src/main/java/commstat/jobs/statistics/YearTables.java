package commstat.jobs.statistics;

import commstat.jobs.warehouse.TableWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.apache.spark.sql.functions.col;

/**
 * Writes a mart that holds several years: the rows of year Y replace that year's earlier rows and leave the
 * other years as they were, so re-running 2025 never loses 2024.
 */
public final class YearTables {
    private final Path warehouse;
    private final TableWriter writer;

    public YearTables(Path warehouse) {
        this.warehouse = warehouse;
        this.writer = new TableWriter(warehouse);
    }

    public long replaceYear(String table, int year, Dataset<Row> rows, String... sortKeys) {
        Path dir = warehouse.resolve(table);
        Dataset<Row> all = rows;
        if (Files.isDirectory(dir)) {
            all = rows.unionByName(rows.sparkSession().read().parquet(dir.toString()).filter(col("year").notEqual(year)), true);
        }
        // Computed once (TableWriter counts, then writes); rows made on the driver need no such step.
        return writer.write(table, all.isLocal() ? all : all.localCheckpoint(), sortKeys);
    }
}
