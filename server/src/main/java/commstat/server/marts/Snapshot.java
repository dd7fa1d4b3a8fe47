package commstat.server.marts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.server.api.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One published snapshot: its id and folder (the warehouse root layout of the brief). A request reads one
 * snapshot from start to end; the tables are named folders of Parquet part files, read with
 * {@code read_parquet} so a newer snapshot needs no view to be remade.
 */
public record Snapshot(String id, Path dir) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Snapshot {
        requireNonNull(id, "id is null");
        requireNonNull(dir, "dir is null");
    }

    /**
     * The snapshot {@code <root>/current} names, or the root itself when there is no pointer (what the
     * single-stage commands write), with the id {@code root}.
     */
    public static Snapshot current(Path root) {
        Path pointer = root.resolve("current");
        if (!Files.isRegularFile(pointer)) {
            return new Snapshot("root", root);
        }
        try {
            String id = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (id.isEmpty() || id.contains("/") || id.contains("\\") || id.startsWith(".")) {
                throw new IllegalStateException("the pointer " + pointer + " holds no snapshot name: '" + id + "'");
            }
            return new Snapshot(id, root.resolve("snapshots").resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    /**
     * The run date the snapshot was made for, from {@code snapshot.json} ({@code run_date}, else {@code date});
     * empty when the folder has none (the single-stage commands write none).
     */
    public Optional<LocalDate> runDate() {
        Path file = dir.resolve("snapshot.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(file.toFile());
            JsonNode date = json.hasNonNull("run_date") ? json.get("run_date") : json.get("date");
            return date == null || !date.isTextual() ? Optional.empty()
                    : Optional.of(LocalDate.parse(date.asText().substring(0, 10)));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the run date of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The assessment of {@code year} is published (the public sees its ratings and ranks): the snapshot was made
     * after the year ended. A snapshot without a run date publishes every year it holds.
     */
    public boolean publishes(int year) {
        return runDate().map(d -> d.getYear() > year).orElse(true);
    }

    /** The table holds at least one part file. */
    public boolean has(String table) {
        Path folder = dir.resolve(table);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.parquet")) {
            return parts.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * The table as a SQL expression for a FROM clause. A missing table is a 404 naming it, so a snapshot
     * written before a stage existed answers cleanly.
     */
    public String from(String table) {
        if (!table.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        if (!has(table)) {
            throw ApiException.notFound("the snapshot " + id + " has no " + table + " table");
        }
        String glob = dir.resolve(table).resolve("*.parquet").toString();
        return "read_parquet('" + glob.replace("'", "''") + "')";
    }
}
