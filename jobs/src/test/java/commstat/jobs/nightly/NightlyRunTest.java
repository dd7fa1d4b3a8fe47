package commstat.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import commstat.jobs.publish.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A locked root refuses a run (the kill drills cover the runs themselves: {@link NightlyDrillTest}). */
class NightlyRunTest {
    @TempDir
    Path tmp;

    @Test
    void aRunWhileAnotherHoldsTheLockRefusesNamingTheHolderAndChangesNothing() throws Exception {
        Path landing = TinyLanding.copy(tmp.resolve("landing"), TinyLanding::firstHalf);
        Path root = tmp.resolve("root");
        new SnapshotStore(root).createLayout();
        try (RunLock held = RunLock.acquire(root.resolve("runs"), "run X, pid 4242 on nightly-host")) {
            NightlyRuns.Outcome refused = NightlyRuns.inProcess(landing, root, false);
            assertThat(refused.exitCode()).isEqualTo(NightlyRun.ExitCode.LOCKED);
            assertThat(refused.err()).contains("another nightly run holds the lock", "run X, pid 4242 on nightly-host");
        }
        assertThat(root.resolve("current")).doesNotExist();
        try (var s = Files.list(root.resolve("snapshots"))) {
            assertThat(s.toList()).isEmpty();
        }
        List<JsonNode> records = NightlyRuns.records(root);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).path("status").asText()).isEqualTo("refused");
        assertThat(records.get(0).path("exit_code").asInt()).isEqualTo(3);
    }
}
