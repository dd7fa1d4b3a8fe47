package commstat.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import commstat.jobs.publish.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kill drills: the nightly, run as a child JVM, is killed with SIGKILL during the ingest, during the jobs and during
 * the publish. Each time the published snapshot stays current, whole and readable; a run started while one is alive
 * refuses; the next (incremental) run cleans up and publishes exactly the bytes that the run killed only after
 * renaming its finished snapshot into place had built, uninterrupted, in another JVM (incremental = full is
 * {@link IncrementalIngestTest}'s). Child JVMs are slow, so this one test does it all.
 */
class NightlyDrillTest {
    @TempDir
    Path tmp;

    @Test
    void killedRunsLeaveThePublishedSnapshotWholeAndTheNextRunEqualsAnUninterruptedOne() throws Exception {
        Path landing = TinyLanding.copy(tmp.resolve("landing"), TinyLanding::firstHalf);
        Path root = tmp.resolve("root");
        assertThat(NightlyRuns.inProcess(landing, root, false).exitCode()).isZero();
        String before = new SnapshotStore(root).currentName().orElseThrow();
        NightlyRuns.assertPublishedWhole(root, before);
        assertFirstRecord(NightlyRuns.records(root).get(0), before, landing);

        TinyLanding.addTheRest(landing); // a day of new files
        for (String point : List.of("ingest:staging", "stage:funds")) {
            NightlyRuns.kill(NightlyRuns.childPausedAt(landing, root, point, tmp));
            NightlyRuns.assertPublishedWhole(root, before);
        }

        Process paused = NightlyRuns.childPausedAt(landing, root, "publish:renamed", tmp);
        try {
            // the new snapshot is in place beside the published one, not yet current; a second run refuses
            try (var s = Files.list(root.resolve("snapshots"))) {
                assertThat(s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).count()).isEqualTo(2);
            }
            NightlyRuns.Outcome refused = NightlyRuns.inProcess(landing, root, false);
            assertThat(refused.exitCode()).isEqualTo(NightlyRun.ExitCode.LOCKED);
            assertThat(refused.err()).contains("pid " + paused.pid());
        } finally {
            NightlyRuns.kill(paused);
        }
        NightlyRuns.assertPublishedWhole(root, before);

        assertThat(NightlyRuns.inProcess(landing, root, false).exitCode()).isZero();
        String after = new SnapshotStore(root).currentName().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        NightlyRuns.assertPublishedWhole(root, after);
        try (var s = Files.list(root.resolve("snapshots"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(before, after);
        }
        List<String> statuses = NightlyRuns.records(root).stream().map(r -> r.path("status").asText()).toList();
        assertThat(statuses).containsExactly("succeeded", "died", "died", "died", "refused", "succeeded");
        JsonNode last = NightlyRuns.records(root).get(5);
        assertThat(last.path("runs_found_dead").size()).isEqualTo(1); // the children marked the ones before them
        assertThat(last.path("stages").get(0).path("details").path("files_reused").asInt()).isPositive();
        // the child killed after renaming its snapshot into place had built the very same bytes in another JVM
        JsonNode publish = last.path("stages").get(last.path("stages").size() - 1);
        assertThat(publish.path("name").asText()).isEqualTo("publish");
        assertThat(publish.path("details").path("snapshot_existed").asBoolean()).isTrue();

    }

    private static void assertFirstRecord(JsonNode r, String id, Path landing) throws Exception {
        assertThat(r.path("status").asText()).isEqualTo("succeeded");
        assertThat(r.path("exit_code").asInt()).isZero();
        assertThat(r.path("snapshot").asText()).isEqualTo(id);
        assertThat(id).startsWith("2026-03-01-");
        assertThat(r.path("run_date").asText()).isEqualTo("2026-03-01");
        List<String> stages = new java.util.ArrayList<>();
        r.path("stages").forEach(s -> stages.add(s.path("name").asText()));
        assertThat(stages).containsExactly("ingest", "funds", "assessment 2025", "assessment 2026",
                "statistics", "disclosures", "assessment reports", "publish");
        JsonNode ingest = r.path("stages").get(0).path("details");
        try (var s = Files.list(landing.resolve("inbox"))) {
            assertThat(ingest.path("files").asLong()).isEqualTo(s.count());
        }
        assertThat(ingest.path("files_reused").asInt()).isZero();
        assertThat(ingest.path("rows_read").asLong())
                .isEqualTo(ingest.path("rows_accepted").asLong() + ingest.path("rows_rejected").asLong());
        assertThat(r.path("started_at").asText()).isNotBlank();
    }
}
