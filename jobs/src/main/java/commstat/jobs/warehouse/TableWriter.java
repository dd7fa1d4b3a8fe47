package commstat.jobs.warehouse;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;

/**
 * Writes one warehouse table so that the same rows give the same bytes: rows are range-partitioned and
 * sorted on the table's key, written under a temporary folder, the part files renamed
 * {@code part-00000.parquet, ...} (Spark's names carry a random job id), their footers made independent of the
 * JVM ({@link ParquetFooters}), Spark's side files dropped, and the folder then moved into place.
 */
public final class TableWriter {
    /** Rows per Parquet file: one file for the sample and test data, a handful at scale 10. */
    public static final long ROWS_PER_FILE = 2_000_000L;

    private final Path warehouse;

    public TableWriter(Path warehouse) {
        this.warehouse = warehouse;
    }

    public long write(String table, Dataset<Row> rows, String... sortKeys) {
        return write(table, rows, rows.count(), sortKeys);
    }

    /** As {@link #write(String, Dataset, String...)} when the row count is already known (saves a Spark job). */
    public long write(String table, Dataset<Row> rows, long count, String... sortKeys) {
        return write(table, rows, count, false, sortKeys);
    }

    /**
     * As {@link #write(String, Dataset, long, String...)}, but a table of one file gets its rows through a shuffle
     * ({@code repartition(1)}) rather than {@code coalesce(1)}: the work that makes the rows (such as a flatMap over
     * cached objects) then runs on every core, and only the sort and the Parquet encoding in one task. The sort
     * keys must be unique: shuffled rows arrive in no fixed order, and the sort alone must fix it.
     */
    public long writeShuffled(String table, Dataset<Row> rows, long count, String... sortKeys) {
        return write(table, rows, count, true, sortKeys);
    }

    /**
     * Writes rows whose partitions are already in the table's order, each after the one before: one file per
     * (non-empty) partition, nothing re-sorted. Returns the rows written (from the files' footers: no Spark job).
     */
    public long writeInOrder(String table, Dataset<Row> rows) {
        TableAccess.beforeWrite(warehouse, table);
        Path target = warehouse.resolve(table);
        Path staging = warehouse.resolve("." + table + ".writing");
        deleteRecursively(staging);
        rows.write().mode(SaveMode.Overwrite).option("compression", "snappy").parquet(staging.toString());
        long count = renameParts(staging);
        replace(staging, target);
        return count;
    }

    private long write(String table, Dataset<Row> rows, long count, boolean shuffle, String... sortKeys) {
        TableAccess.beforeWrite(warehouse, table);
        Column[] keys = Arrays.stream(sortKeys).map(k -> col(k)).toArray(Column[]::new);
        int files = (int) Math.max(1, (count + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
        Dataset<Row> ordered = files > 1 ? rows.repartitionByRange(files, keys).sortWithinPartitions(keys)
                : shuffle ? rows.repartition(1).sortWithinPartitions(keys)
                : rows.coalesce(1).sortWithinPartitions(keys);
        Path target = warehouse.resolve(table);
        Path staging = warehouse.resolve("." + table + ".writing");
        deleteRecursively(staging);
        ordered.write().mode(SaveMode.Overwrite).option("compression", "snappy").parquet(staging.toString());
        renameParts(staging);
        replace(staging, target);
        return count;
    }

    /**
     * Makes {@code table} the files of the same table in {@code earlier} (another warehouse folder on the same disk):
     * hard links, copies where links cannot be made. For a table known to hold what it held there, written by the
     * same build: the bytes a write would give. Returns its rows (from the footers).
     */
    public long linkFrom(Path earlier, String table) {
        TableAccess.beforeWrite(warehouse, table);
        Path from = earlier.resolve(table);
        Path target = warehouse.resolve(table);
        Path staging = warehouse.resolve("." + table + ".linking");
        deleteRecursively(staging);
        long rows = 0;
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(staging);
            for (Path f : files.sorted().toList()) {
                Path to = staging.resolve(f.getFileName().toString());
                try {
                    Files.createLink(to, f);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, to);
                }
                if (f.getFileName().toString().endsWith(".parquet")) {
                    rows += ParquetFooters.rows(to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link " + from + " into " + warehouse, e);
        }
        replace(staging, target);
        return rows;
    }

    /** The rows of a table, from its files' footers. */
    public static long rows(Path warehouse, String table) {
        try (Stream<Path> files = Files.list(warehouse.resolve(table))) {
            long rows = 0;
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList()) {
                rows += ParquetFooters.rows(f);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + warehouse.resolve(table), e);
        }
    }

    /** Returns the rows of the part files. */
    private static long renameParts(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.sorted(Comparator.comparing(Path::toString)).toList();
            int n = 0;
            long rows = 0;
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (name.startsWith("part-") && name.endsWith(".parquet")) {
                    Path part = dir.resolve(String.format("part-%05d.parquet", n++));
                    Files.move(p, part);
                    rows += ParquetFooters.normalise(part);
                } else {
                    Files.delete(p); // _SUCCESS and .crc files
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish table folder " + dir, e);
        }
    }

    /** Moves {@code from} to {@code to}, replacing an older table; the old one is removed only after. */
    static void replace(Path from, Path to) {
        try {
            Path old = to.resolveSibling("." + to.getFileName() + ".old");
            deleteRecursively(old);
            if (Files.exists(to)) {
                Files.move(to, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
