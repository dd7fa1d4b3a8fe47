package commstat.jobs.nightly;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunLockTest {
    @TempDir
    Path runs;

    @Test
    void aSecondTakerIsRefusedWithTheHoldersNameUntilTheLockIsReleased() throws Exception {
        try (RunLock first = RunLock.acquire(runs, "run A, pid 1 on host-a")) {
            assertThatThrownBy(() -> RunLock.acquire(runs, "run B"))
                    .isInstanceOf(RunLock.Held.class)
                    .hasMessageContaining("run A, pid 1 on host-a")
                    .hasMessageContaining(runs.resolve("nightly.lock").toString());
        }
        try (RunLock second = RunLock.acquire(runs, "run B")) {
            assertThat(runs.resolve("nightly.lock")).hasContent("run B");
        }
    }
}
