package commstat.jobs.warehouse;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every read of a warehouse table by the mart jobs, and every table they write, pass through here. While a
 * {@link Recording} of the warehouse is open (the nightly run opens one per mart stage), it notes what each table
 * read held ({@link TableFingerprint}) and which tables were written: the stage's inputs and outputs, so that the
 * next night can take the outputs over when the inputs did not change. Without a recording this only reads.
 */
public final class TableAccess {
    private static final Map<Path, Recording> RECORDINGS = new ConcurrentHashMap<>();

    private TableAccess() {
    }

    /** The table, or empty when the warehouse has no such folder. */
    public static Optional<Dataset<Row>> read(SparkSession spark, Path warehouse, String table) {
        return read(spark, warehouse, table, null);
    }

    /**
     * The rows of the table that meet {@code condition} (Spark SQL), or empty when there is no such table. A
     * recording notes only those rows, so a change to the others does not count as a change of this input.
     */
    public static Optional<Dataset<Row>> readWhere(SparkSession spark, Path warehouse, String table, String condition) {
        return read(spark, warehouse, table, condition);
    }

    private static Optional<Dataset<Row>> read(SparkSession spark, Path warehouse, String table, String condition) {
        Recording recording = RECORDINGS.get(key(warehouse));
        if (recording != null) {
            recording.read(spark, table, condition);
        }
        Path dir = warehouse.resolve(table);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Dataset<Row> rows = spark.read().parquet(dir.toString());
        return Optional.of(condition == null ? rows : rows.where(condition));
    }

    /** Called before {@code table} is (re)placed: what it held before is an input of the stage that replaces it. */
    static void beforeWrite(Path warehouse, String table) {
        Recording recording = RECORDINGS.get(key(warehouse));
        if (recording != null) {
            recording.write(table);
        }
    }

    /** Starts noting reads and writes of {@code warehouse}; one recording per warehouse at a time. */
    public static Recording record(Path warehouse) {
        Recording recording = new Recording(warehouse);
        if (RECORDINGS.putIfAbsent(key(warehouse), recording) != null) {
            throw new IllegalStateException("the tables of " + warehouse + " are already being recorded");
        }
        return recording;
    }

    private static Path key(Path warehouse) {
        return warehouse.toAbsolutePath().normalize();
    }

    /** One table read: {@code condition} null for the whole table. */
    public record Read(String table, String condition, String fingerprint) {
    }

    /**
     * The inputs and outputs of one stage, each in name order. A table read after the stage wrote it is its own output, not an input;
     * a table it replaces counts as read as it was before (absent, or its content).
     */
    public static final class Recording implements AutoCloseable {
        private final Path warehouse;
        // sorted: tables written at once (ConcurrentWrites) are noted in no fixed order
        private final Map<String, Read> reads = new TreeMap<>();
        private final Set<String> written = new TreeSet<>();

        private Recording(Path warehouse) {
            this.warehouse = warehouse;
        }

        private synchronized void read(SparkSession spark, String table, String condition) {
            String name = condition == null ? table : table + " where " + condition;
            if (!written.contains(table) && !reads.containsKey(name)) {
                reads.put(name, new Read(table, condition, TableFingerprint.of(spark, warehouse, table, condition)));
            }
        }

        private synchronized void write(String table) {
            if (written.add(table) && !reads.containsKey(table)) {
                reads.put(table, new Read(table, null, TableFingerprint.of(null, warehouse, table, null)));
            }
        }

        public synchronized List<Read> reads() {
            return new ArrayList<>(reads.values());
        }

        public synchronized List<String> written() {
            return new ArrayList<>(written);
        }

        @Override
        public void close() {
            RECORDINGS.remove(key(warehouse), this);
        }
    }
}
