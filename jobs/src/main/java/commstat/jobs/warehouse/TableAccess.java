package commstat.jobs.warehouse;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every read of a warehouse table by the mart jobs, and every table they write, pass through here. While a
 * {@link Recording} of the warehouse is open (the nightly run opens one per mart stage), it notes what each table
 * read held ({@link TableFingerprint}) and which tables were written: the stage's inputs and outputs, so that the
 * next night can take the outputs over when the inputs did not change. A part of a stage (one table's write, on its
 * own thread) can be recorded on its own as well. Without a recording this only reads.
 */
public final class TableAccess {
    private static final Map<Path, Recording> STAGES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Recording> PART = new ThreadLocal<>();

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
        for (Recording recording : recordings(warehouse)) {
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
        for (Recording recording : recordings(warehouse)) {
            recording.write(null, table, null);
        }
    }

    /**
     * Called before the rows of {@code years} in {@code table} are replaced ({@link YearTables}): the stage reads the
     * other years' rows, as they are before, and writes those of {@code years}. So a stage for 2025 counts as
     * unchanged though the stage for 2026 after it rewrote the table, and the 2026 stage though 2025's was taken over.
     */
    static void beforeWriteYears(SparkSession spark, Path warehouse, String table, Collection<Integer> years) {
        String in = "year IN (" + years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        for (Recording recording : recordings(warehouse)) {
            recording.write(spark, table, in);
        }
    }

    /** Starts noting reads and writes of {@code warehouse}; one recording per warehouse at a time. */
    public static Recording record(Path warehouse) {
        Recording recording = new Recording(key(warehouse), false);
        if (STAGES.putIfAbsent(recording.warehouse, recording) != null) {
            throw new IllegalStateException("the tables of " + warehouse + " are already being recorded");
        }
        return recording;
    }

    /**
     * Starts noting, on this thread only, the reads and writes of one part of a stage; they count for the stage's
     * recording too. The part must read on this thread (as a table's write in {@link ConcurrentWrites} does).
     */
    public static Recording recordPart(Path warehouse) {
        if (PART.get() != null) {
            throw new IllegalStateException("a part is already being recorded on this thread");
        }
        Recording recording = new Recording(key(warehouse), true);
        PART.set(recording);
        return recording;
    }

    /**
     * For a part whose tables were taken over instead of computed: notes its recorded reads and writes in the
     * stage's recording as if it had run, so that the stage's record holds its inputs either way.
     */
    public static void replay(Path warehouse, List<Read> reads, Map<String, String> written) {
        Recording stage = STAGES.get(key(warehouse));
        if (stage != null) {
            stage.replay(reads, written);
        }
    }

    private static List<Recording> recordings(Path warehouse) {
        List<Recording> out = new ArrayList<>(2);
        Path key = key(warehouse);
        Recording stage = STAGES.get(key);
        if (stage != null) {
            out.add(stage);
        }
        Recording part = PART.get();
        if (part != null && part.warehouse.equals(key)) {
            out.add(part);
        }
        return out;
    }

    private static Path key(Path warehouse) {
        return warehouse.toAbsolutePath().normalize();
    }

    /** One table read (or written): {@code condition} null for the whole table, else the rows it covers. */
    public record Read(String table, String condition, String fingerprint) {
        public String name() {
            return condition == null ? table : table + " where " + condition;
        }
    }

    /**
     * The inputs and outputs of one stage (or part), each in name order. A table read after the stage wrote it is
     * its own output, not an input; a table it replaces counts as read as it was before (absent, or its content).
     */
    public static final class Recording implements AutoCloseable {
        private final Path warehouse;
        private final boolean part;
        // sorted: tables written at once (ConcurrentWrites) are noted in no fixed order
        private final Map<String, Read> reads = new TreeMap<>();
        private final Map<String, String> written = new TreeMap<>(); // table -> rows written (null: all)

        private Recording(Path warehouse, boolean part) {
            this.warehouse = warehouse;
            this.part = part;
        }

        private synchronized void read(SparkSession spark, String table, String condition) {
            Read probe = new Read(table, condition, null);
            if (!written.containsKey(table) && !reads.containsKey(probe.name())) {
                reads.put(probe.name(), new Read(table, condition, TableFingerprint.of(spark, warehouse, table, condition)));
            }
        }

        /** {@code rows} null: the whole table is replaced; else only those rows, the others are read. */
        private synchronized void write(SparkSession spark, String table, String rows) {
            if (written.containsKey(table)) {
                return; // the write's first note decides (YearTables' replace, then the TableWriter under it)
            }
            written.put(table, rows);
            Read before = rows == null ? new Read(table, null, null) : new Read(table, "NOT (" + rows + ")", null);
            if (!reads.containsKey(before.name())) {
                reads.put(before.name(), new Read(table, before.condition(),
                        TableFingerprint.of(spark, warehouse, table, before.condition())));
            }
        }

        private synchronized void replay(List<Read> partReads, Map<String, String> partWritten) {
            for (Read r : partReads) {
                if (!written.containsKey(r.table()) && !reads.containsKey(r.name())) {
                    reads.put(r.name(), r);
                }
            }
            partWritten.forEach(written::putIfAbsent);
        }

        public synchronized List<Read> reads() {
            return new ArrayList<>(reads.values());
        }

        /** The tables written, in name order, each with the rows written (null: the whole table). */
        public synchronized Map<String, String> written() {
            return new TreeMap<>(written);
        }

        @Override
        public void close() {
            if (part) {
                PART.remove();
            } else {
                STAGES.remove(warehouse, this);
            }
        }
    }
}
