package commstat.jobs.warehouse;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

/**
 * Writes a mart that holds several years: the rows of year Y replace that year's earlier rows and leave the
 * other years as they were, so re-running 2025 never loses 2024.
 */
public final class YearTables {
    private final Path warehouse;
    private final TableWriter writer;
    private final boolean recordedByYear;

    /** For a stage that runs every year its tables hold (statistics, funds): it is recorded as replacing them whole. */
    public YearTables(Path warehouse) {
        this(warehouse, false);
    }

    private YearTables(Path warehouse, boolean recordedByYear) {
        this.warehouse = warehouse;
        this.writer = new TableWriter(warehouse);
        this.recordedByYear = recordedByYear;
    }

    /**
     * For a stage of one year among stages of other years that write the same tables (the assessment): it is
     * recorded as reading the other years' rows and writing its own ({@link TableAccess}), so each year's stage can be
     * taken over on its own. That costs a Spark job per table and night (row fingerprints), which a stage that
     * replaces the whole table has no need of.
     */
    public static YearTables recordedByYear(Path warehouse) {
        return new YearTables(warehouse, true);
    }

    public long replaceYear(String table, int year, Dataset<Row> rows, String... sortKeys) {
        return replaceYears(table, List.of(year), rows, sortKeys);
    }

    /** As {@link #replaceYear}, for rows of several years at once: each of {@code years} is replaced. */
    public long replaceYears(String table, Collection<Integer> years, Dataset<Row> rows, String... sortKeys) {
        beforeWrite(rows, table, years); // before the old rows are read
        Path dir = warehouse.resolve(table);
        // Parquet reads every column back as nullable; the new rows get the same schema, so the bytes written do not
        // depend on whether the table was there before. (Rows built with a nullable schema need no such copy.)
        StructType schema = nullable(rows.schema());
        Dataset<Row> all = schema.equals(rows.schema()) ? rows
                : rows.isLocal() ? rows.sparkSession().createDataFrame(rows.collectAsList(), schema)
                : rows.sparkSession().createDataFrame(rows.javaRDD(), schema);
        if (Files.isDirectory(dir)) {
            all = all.unionByName(rows.sparkSession().read().parquet(dir.toString())
                    .filter(not(col("year").isin(years.toArray()))), true);
        }
        // Computed once (TableWriter counts, then writes); rows made on the driver need no such step.
        return writer.write(table, all.isLocal() ? all : all.localCheckpoint(), sortKeys);
    }

    /**
     * As {@link #replaceYears} for rows whose partitions are already in the table's order ({@code sortKeys}), each
     * after the one before. Into a folder without the table (a nightly builds into an empty one) they are written as
     * they are, each partition a file. Otherwise the other years' rows are merged in and sorted as {@link #replaceYears}
     * does; for a table of one file the bytes are the same either way.
     */
    public long replaceYearsInOrder(String table, Collection<Integer> years, Dataset<Row> ordered, String... sortKeys) {
        beforeWrite(ordered, table, years);
        if (Files.isDirectory(warehouse.resolve(table)) || !nullable(ordered.schema()).equals(ordered.schema())) {
            return replaceYears(table, years, ordered, sortKeys);
        }
        return writer.writeInOrder(table, ordered);
    }

    private void beforeWrite(Dataset<Row> rows, String table, Collection<Integer> years) {
        if (recordedByYear) {
            TableAccess.beforeWriteYears(rows.sparkSession(), warehouse, table, years);
        } else {
            TableAccess.beforeWrite(warehouse, table);
        }
    }

    /** What Spark's Parquet reader makes of a schema: every field, element and value nullable, at any depth. */
    public static StructType nullable(StructType schema) {
        StructType out = new StructType();
        for (StructField f : schema.fields()) {
            out = out.add(f.name(), nullable(f.dataType()), true, f.metadata());
        }
        return out;
    }

    private static DataType nullable(DataType type) {
        if (type instanceof StructType s) {
            return nullable(s);
        }
        if (type instanceof ArrayType a) {
            return DataTypes.createArrayType(nullable(a.elementType()), true);
        }
        if (type instanceof MapType m) {
            return DataTypes.createMapType(nullable(m.keyType()), nullable(m.valueType()), true);
        }
        return type;
    }
}
