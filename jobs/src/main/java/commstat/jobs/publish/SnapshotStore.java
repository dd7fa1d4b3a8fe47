package commstat.jobs.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The warehouse root (BRIEF/DATA.md): {@code current} names the published folder of {@code snapshots/}; a run
 * builds its snapshot in {@code snapshots/.building-<run>/}, renames it to {@code snapshots/<id>/} and then replaces
 * {@code current} by renaming a finished temporary file over it. Each step is one atomic rename, so whenever a run
 * dies, {@code current} names a whole snapshot; what a dead run leaves behind starts with a dot and is removed by
 * the next run ({@link #cleanLeftovers}). {@code publication/} is never touched here.
 */
public final class SnapshotStore {
    public static final String CURRENT = "current";
    public static final String SNAPSHOTS = "snapshots";
    public static final String PUBLICATION = "publication";
    public static final String RUNS = "runs";
    public static final String MANIFEST = "snapshot.json";
    /** The rendered documents of a snapshot (assessment PDFs); left out of its content hash. */
    public static final String REPORTS = "reports";
    /** The mart stages' recorded inputs (the nightly's {@code StageMemo}); not content either. */
    public static final String STAGE_INPUTS = "stage_inputs.json";
    /** The ingest's record of each inbox file's size, time and hash (its {@code InboxHashes}); not content. */
    public static final String INBOX_HASHES = "inbox_hashes.tsv";
    public static final int FORMAT_VERSION = 1;
    static final String BUILDING = ".building-";
    static final String DELETING = ".deleting-";
    static final String CURRENT_TMP = ".current.tmp-";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final Consumer<String> afterStep;

    /** {@code afterStep} hears the name of each publish step once it is done (the drill tests pause there). */
    public SnapshotStore(Path root, Consumer<String> afterStep) {
        this.root = root;
        this.afterStep = afterStep;
    }

    public SnapshotStore(Path root) {
        this(root, step -> { });
    }

    public Path root() {
        return root;
    }

    public Path snapshots() {
        return root.resolve(SNAPSHOTS);
    }

    public Path runs() {
        return root.resolve(RUNS);
    }

    public Path publication() {
        return root.resolve(PUBLICATION);
    }

    /** Creates {@code snapshots/}, {@code runs/} and {@code publication/} when missing. */
    public void createLayout() {
        try {
            Files.createDirectories(snapshots());
            Files.createDirectories(runs());
            Files.createDirectories(publication());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the warehouse root " + root, e);
        }
    }

    /** The name {@code current} holds, if the file exists. */
    public Optional<String> currentName() {
        Path file = root.resolve(CURRENT);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(file, StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The published snapshot's folder, if there is one. */
    public Optional<Path> current() {
        return currentName().map(n -> snapshots().resolve(n)).filter(Files::isDirectory);
    }

    /** A new empty folder for a run to build its snapshot in. */
    public Path newBuildingDir(String runId) {
        Path dir = snapshots().resolve(BUILDING + runId);
        deleteRecursively(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /**
     * Removes what runs that died left: half-built snapshots, snapshots half deleted, a pointer file never renamed.
     * Only call while holding the run lock (no live run may own them). Returns the names removed.
     */
    public List<String> cleanLeftovers() {
        List<String> removed = new ArrayList<>();
        for (Path p : list(snapshots())) {
            String name = p.getFileName().toString();
            if (name.startsWith(BUILDING) || name.startsWith(DELETING)) {
                deleteRecursively(p);
                removed.add(SNAPSHOTS + "/" + name);
            }
        }
        for (Path p : list(root)) {
            if (p.getFileName().toString().startsWith(CURRENT_TMP)) {
                deleteRecursively(p);
                removed.add(p.getFileName().toString());
            }
        }
        return removed;
    }

    /**
     * Finishes {@code building}: names it by date and content hash, writes {@code snapshot.json}, moves it to
     * {@code snapshots/<id>/} (or drops it when that snapshot already exists: same id, same bytes) and makes it current.
     */
    public Published publish(Path building, LocalDate runDate, List<Integer> years) {
        String hash = contentHash(building);
        String id = idFor(runDate, hash);
        writeManifest(building, id, runDate, years, hash);
        afterStep.accept("manifest");
        String previous = currentName().orElse(null);
        Path target = snapshots().resolve(id);
        boolean existed = Files.isDirectory(target);
        if (existed) {
            keepRunRecords(building, target);
            discard(building);
        } else {
            move(building, target);
        }
        afterStep.accept("renamed");
        try {
            // retention keeps the most recently published snapshots: the time of publication is the folder's mtime
            Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot touch " + target, e);
        }
        switchCurrent(id);
        afterStep.accept("switched");
        return new Published(id, target, previous, existed);
    }

    /**
     * The same content again: the snapshot keeps its files, but takes tonight's records of the stages' inputs (a newer
     * build's, say) and of the inbox files, so that the next night compares with them. Readers do not read those
     * files; each is renamed into place.
     */
    private static void keepRunRecords(Path building, Path target) {
        for (String record : List.of(STAGE_INPUTS, INBOX_HASHES)) {
            Path from = building.resolve(record);
            if (Files.isRegularFile(from)) {
                try {
                    Path tmp = target.resolve("." + record + ".tmp");
                    Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target.resolve(record), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot update " + target.resolve(record), e);
                }
            }
        }
    }

    /**
     * The id {@code building} will be published under: the run date and its content hash. The rendered documents
     * ({@code reports/}) do not count: they print this id, and they are a function of the marts, the run date and it.
     */
    public static String idFor(Path building, LocalDate runDate) {
        return idFor(runDate, contentHash(building));
    }

    private static String idFor(LocalDate runDate, String hash) {
        return runDate + "-" + hash.substring(0, 12);
    }

    /** The hash a snapshot's manifest gives: its files but the manifest, the reports and the run records. */
    public static String contentHash(Path building) {
        return ContentHash.of(building, MANIFEST, REPORTS, STAGE_INPUTS, INBOX_HASHES);
    }

    /** Points {@code current} at {@code id}: a temporary file written and flushed, then renamed over the old one. */
    void switchCurrent(String id) {
        Path tmp = root.resolve(CURRENT_TMP + id);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + tmp, e);
        }
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch " + root.resolve(CURRENT) + " to " + id, e);
        }
    }

    /**
     * Keeps the {@code keep} most recently published snapshots (the current one always) and removes the others,
     * each first renamed out of the way so a half-deleted one is never mistaken for a snapshot. Returns their names.
     */
    public List<String> retain(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, not " + keep);
        }
        String current = currentName().orElse(null);
        List<Path> published = new ArrayList<>(list(snapshots()).stream()
                .filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))
                .toList());
        published.sort(Comparator.comparing(SnapshotStore::modified).reversed()
                .thenComparing(p -> p.getFileName().toString(), Comparator.reverseOrder()));
        List<String> removed = new ArrayList<>();
        int kept = current == null ? 0 : 1;
        for (Path p : published) {
            String name = p.getFileName().toString();
            if (name.equals(current)) {
                continue;
            }
            if (kept < keep) {
                kept++;
                continue;
            }
            discard(p);
            removed.add(name);
        }
        removed.sort(null);
        return removed;
    }

    private void writeManifest(Path building, String id, LocalDate runDate, List<Integer> years, String hash) {
        ObjectNode node = JSON.createObjectNode();
        node.put("format_version", FORMAT_VERSION);
        node.put("snapshot", id);
        node.put("run_date", runDate.toString());
        ArrayNode ys = node.putArray("years");
        years.stream().sorted().forEach(ys::add);
        node.put("content_sha256", hash);
        ArrayNode tables = node.putArray("tables");
        list(building).stream().filter(Files::isDirectory).map(p -> p.getFileName().toString())
                .filter(n -> !n.startsWith(".") && !n.equals(REPORTS)).sorted().forEach(tables::add);
        try {
            Files.writeString(building.resolve(MANIFEST), JSON.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + building.resolve(MANIFEST), e);
        }
    }

    /** Removes the folder of a run that failed (it was never published). */
    public void abandon(Path building) {
        if (Files.isDirectory(building)) {
            discard(building);
        }
    }

    /** Renames {@code dir} to a dot-name first (atomic), then deletes it. */
    private void discard(Path dir) {
        Path doomed = snapshots().resolve(DELETING + dir.getFileName().toString().replaceFirst("^\\.+", ""));
        deleteRecursively(doomed);
        move(dir, doomed);
        deleteRecursively(doomed);
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(to + " already exists", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the time of " + p, e);
        }
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
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
