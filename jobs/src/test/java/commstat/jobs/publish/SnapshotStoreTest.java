package commstat.jobs.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The warehouse root without Spark: ids from date and content, the pointer switch, retention, leftovers. */
class SnapshotStoreTest {
    static final LocalDate DATE = LocalDate.of(2026, 3, 1);

    @TempDir
    Path root;

    private Path build(SnapshotStore store, String run, String content) throws IOException {
        Path dir = store.newBuildingDir(run);
        Files.createDirectories(dir.resolve("some_table"));
        Files.writeString(dir.resolve("some_table/part-00000.parquet"), content);
        return dir;
    }

    @Test
    void theIdComesFromTheDateAndTheContentAndCurrentNamesTheWholeSnapshot() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        store.createLayout();
        Published first = store.publish(build(store, "r1", "a"), DATE, List.of(2025, 2026));
        assertThat(first.id()).matches("2026-03-01-[0-9a-f]{12}");
        assertThat(Files.readString(root.resolve("current")).strip()).isEqualTo(first.id());
        assertThat(store.current()).contains(root.resolve("snapshots").resolve(first.id()));
        String manifest = Files.readString(first.path().resolve("snapshot.json"));
        assertThat(manifest).contains("\"snapshot\" : \"" + first.id() + "\"", "\"run_date\" : \"2026-03-01\"",
                "\"some_table\"", "\"content_sha256\" : \"" + ContentHash.of(first.path(), "snapshot.json") + "\"");
        assertThat(first.id()).endsWith(ContentHash.of(first.path(), "snapshot.json").substring(0, 12));

        // the same content again: the same id, the folder reused, nothing left beside it
        Published again = store.publish(build(store, "r2", "a"), DATE, List.of(2025, 2026));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.existed()).isTrue();
        assertThat(names(root.resolve("snapshots"))).containsExactly(first.id());

        Published other = store.publish(build(store, "r3", "b"), DATE, List.of(2025, 2026));
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(other.previous()).isEqualTo(first.id());
        assertThat(store.currentName()).contains(other.id());
        assertThat(names(root)).doesNotContain(".current.tmp-" + other.id());
    }

    @Test
    void retentionKeepsTheNewestAndTheCurrentAndNeverTouchesThePublicationStore() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        store.createLayout();
        Files.writeString(root.resolve("publication/disclosure-2025-Q1.pdf"), "permanent");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Published p = store.publish(build(store, "r" + i, "content " + i), DATE.plusDays(i), List.of(2025, 2026));
            Files.setLastModifiedTime(p.path(), FileTime.fromMillis(1_000_000L * (i + 1))); // publication order
            ids.add(p.id());
        }
        assertThat(store.retain(3)).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(names(root.resolve("snapshots"))).containsExactlyInAnyOrder(ids.get(2), ids.get(3), ids.get(4));

        // the current one is kept even when it is the oldest
        Files.writeString(root.resolve("current"), ids.get(2) + "\n");
        assertThat(store.retain(1)).containsExactlyInAnyOrder(ids.get(3), ids.get(4));
        assertThat(names(root.resolve("snapshots"))).containsExactly(ids.get(2));
        assertThat(Files.readString(root.resolve("publication/disclosure-2025-Q1.pdf"))).isEqualTo("permanent");
    }

    @Test
    void leftoversOfDeadRunsAreRemovedAndPublishedSnapshotsKept() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        store.createLayout();
        Published kept = store.publish(build(store, "r1", "a"), DATE, List.of(2025, 2026));
        build(store, "dead", "half");
        Files.createDirectories(root.resolve("snapshots/.deleting-old/t"));
        Files.writeString(root.resolve(".current.tmp-x"), "x", StandardCharsets.UTF_8);
        assertThat(store.cleanLeftovers()).containsExactlyInAnyOrder("snapshots/.building-dead",
                "snapshots/.deleting-old", ".current.tmp-x");
        assertThat(names(root.resolve("snapshots"))).containsExactly(kept.id());
        assertThat(store.currentName()).contains(kept.id());
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
