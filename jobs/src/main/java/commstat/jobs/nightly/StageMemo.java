package commstat.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import commstat.jobs.warehouse.TableAccess;
import commstat.jobs.warehouse.TableFingerprint;
import commstat.jobs.warehouse.TableWriter;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code stage_inputs.json} of a snapshot: for each mart stage, its parameters, the code's fingerprint, every table
 * it read with what the table held, and the tables it wrote. When the stage's entry in the previous snapshot matches
 * tonight's (same parameters, same code, each of those tables holding the same as then), the stage's tables are
 * taken over from the previous snapshot (hard links) instead of computed: the jobs are deterministic, so they are
 * the bytes the stage would write. The file is not part of the snapshot's content hash (its id).
 */
final class StageMemo {
    static final String FILE = commstat.jobs.publish.SnapshotStore.STAGE_INPUTS;
    private static final int FORMAT_VERSION = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One stage's recorded inputs, and the tables it wrote with what each held right after it (for a table of
     * several years of which the stage replaced some, what those years' rows held).
     */
    record Entry(String stage, String params, String code, List<TableAccess.Read> reads, List<TableAccess.Read> writes) {
        /** The tables written, in name order. */
        List<String> tables() {
            return writes.stream().map(TableAccess.Read::table).toList();
        }

        /** Table (and rows) written, to what they held: for the run record. */
        Map<String, String> written() {
            Map<String, String> out = new LinkedHashMap<>();
            writes.forEach(w -> out.put(w.name(), w.fingerprint()));
            return out;
        }

        private Map<String, String> conditions() {
            Map<String, String> out = new TreeMap<>();
            writes.forEach(w -> out.put(w.table(), w.condition()));
            return out;
        }
    }

    /** What a stage did: computed, or taken over; {@code why} says why it was computed (null when taken over). */
    record Outcome(Entry entry, boolean reused, String why) {
    }

    private final Path previous;
    private final Map<String, Entry> before;
    private final Map<String, Entry> tonight = new TreeMap<>(); // parts end in no fixed order
    private final List<String> partsTakenOver = new ArrayList<>();
    private final Supplier<String> codeFingerprint;
    private String code;

    StageMemo(Path previous, Supplier<String> code) {
        this.previous = previous;
        this.before = previous == null ? Map.of() : load(previous.resolve(FILE));
        this.codeFingerprint = code;
    }

    private synchronized String code() {
        if (code == null) {
            code = codeFingerprint.get();
        }
        return code;
    }

    /** Whether the previous snapshot's tables were written by this very build (a stage of it records the same code). */
    boolean previousBySameBuild() {
        return before.values().stream().anyMatch(e -> e.code().equals(code()));
    }

    /**
     * Takes the stage's tables over from the previous snapshot when its inputs did not change, else runs
     * {@code compute} while recording what it reads and writes. Either way the entry goes into {@code building}.
     */
    Outcome run(String stage, String params, SparkSession spark, Path building, Compute compute) throws Exception {
        String why = whyNotReusable(before.get(stage), params, spark, building);
        Entry entry;
        if (why == null) {
            entry = takeOver(before.get(stage), building);
            for (Entry part : before.values()) {
                if (part.stage().startsWith(stage + "/")) {
                    keep(part, building); // its parts' records too, for a night when only some of them are unchanged
                }
            }
        } else {
            try (TableAccess.Recording recording = TableAccess.record(building)) {
                compute.run();
                entry = entry(stage, params, spark, building, recording);
            }
        }
        keep(entry, building);
        return new Outcome(entry, why == null, why);
    }

    /**
     * As {@link #run}, for one part of the stage being run (one table's write, on its own thread: {@code
     * stage/part}); the stage's own record gets the part's inputs and outputs either way. Returns the rows written.
     */
    long part(String stage, String part, String params, SparkSession spark, Path building, Callable<Long> compute)
            throws Exception {
        String name = stage + "/" + part;
        String why = whyNotReusable(before.get(name), params, spark, building);
        Entry entry;
        long rows;
        if (why == null) {
            synchronized (this) {
                partsTakenOver.add(name);
            }
            entry = before.get(name);
            // noted before the links, so that the stage's record gets the part's own reads and writes (those of
            // some years' rows), not a write of the whole table
            TableAccess.replay(building, entry.reads(), entry.conditions());
            takeOver(entry, building);
            rows = 0;
            for (String table : entry.tables()) {
                rows += TableWriter.rows(building, table);
            }
        } else {
            try (TableAccess.Recording recording = TableAccess.recordPart(building)) {
                rows = compute.call();
                entry = entry(name, params, spark, building, recording);
            }
        }
        keep(entry, building);
        return rows;
    }

    /** The parts of {@code stage} taken over so far tonight, in name order. */
    synchronized List<String> partsTakenOver(String stage) {
        return partsTakenOver.stream().filter(p -> p.startsWith(stage + "/"))
                .map(p -> p.substring(stage.length() + 1)).sorted().toList();
    }

    private Entry takeOver(Entry e, Path building) {
        TableWriter writer = new TableWriter(building);
        for (String table : e.tables()) {
            // a table of several years comes with the previous snapshot's rows of the later years' stages; those
            // stages follow in this run (their years are in this stage's parameters) and replace them
            writer.linkFrom(previous, table);
        }
        return e;
    }

    private Entry entry(String name, String params, SparkSession spark, Path building, TableAccess.Recording recording) {
        List<TableAccess.Read> writes = new ArrayList<>();
        Map<String, String> written = recording.written();
        Map<String, String> fingerprints = TableFingerprint.ofAll(spark, building, written);
        written.forEach((table, rows) -> writes.add(new TableAccess.Read(table, rows, fingerprints.get(table))));
        return new Entry(name, params, code(), recording.reads(), writes);
    }

    private synchronized void keep(Entry entry, Path building) {
        tonight.put(entry.stage(), entry);
        save(building.resolve(FILE));
    }

    @FunctionalInterface
    interface Compute {
        void run() throws Exception;
    }

    private String whyNotReusable(Entry e, String params, SparkSession spark, Path building) {
        if (previous == null) {
            return "no previous snapshot";
        }
        if (e == null) {
            return "the previous snapshot has no record of it";
        }
        if (!e.params().equals(params)) {
            return "its parameters changed (" + e.params() + " -> " + params + ")";
        }
        if (!e.code().equals(code())) {
            return "the code changed";
        }
        for (TableAccess.Read w : e.writes()) {
            // a table that a later stage wrote again no longer holds what this stage left in it: the stage is then
            // computed (a later year's stage leaves this year's rows of a table of several years as they were)
            if (!w.fingerprint().equals(TableFingerprint.of(spark, previous, w.table(), w.condition()))) {
                return "the previous snapshot's " + w.name() + " is not as this stage left it";
            }
        }
        for (TableAccess.Read r : e.reads()) {
            if (!r.fingerprint().equals(TableFingerprint.of(spark, building, r.table(), r.condition()))) {
                return "its input " + r.name() + " changed";
            }
        }
        return null;
    }

    private void save(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        ObjectNode stages = root.putObject("stages");
        for (Entry e : tonight.values()) {
            ObjectNode s = stages.putObject(e.stage());
            s.put("params", e.params());
            s.put("code", e.code());
            put(s.putArray("reads"), e.reads());
            put(s.putArray("writes"), e.writes());
        }
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void put(ArrayNode array, List<TableAccess.Read> tables) {
        for (TableAccess.Read r : tables) {
            ObjectNode n = array.addObject();
            n.put("table", r.table());
            if (r.condition() != null) {
                n.put("where", r.condition());
            }
            n.put("fingerprint", r.fingerprint());
        }
    }

    private static List<TableAccess.Read> tables(JsonNode array) {
        List<TableAccess.Read> out = new ArrayList<>();
        for (JsonNode r : array) {
            out.add(new TableAccess.Read(r.path("table").asText(),
                    r.hasNonNull("where") ? r.path("where").asText() : null, r.path("fingerprint").asText()));
        }
        return out;
    }

    /** The entries of an earlier snapshot; none when it has no such file or one this code cannot read. */
    static Map<String, Entry> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root.path("format_version").asInt() != FORMAT_VERSION) {
                return Map.of();
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            root.path("stages").fields().forEachRemaining(f -> {
                JsonNode s = f.getValue();
                entries.put(f.getKey(), new Entry(f.getKey(), s.path("params").asText(), s.path("code").asText(),
                        tables(s.path("reads")), tables(s.path("writes"))));
            });
            return entries;
        } catch (IOException e) {
            return Map.of(); // an unreadable record only means the stages are computed
        }
    }
}
