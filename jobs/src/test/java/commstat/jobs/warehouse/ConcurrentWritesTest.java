package commstat.jobs.warehouse;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrentWritesTest {
    @Test
    void theWritesRunAtOnceAndTheResultKeepsTheGivenOrder() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Callable<Long> meetTheOther = () -> {
            bothStarted.countDown();
            // one after the other, the first would wait here until the timeout
            return bothStarted.await(10, TimeUnit.SECONDS) ? 1L : 0L;
        };
        Map<String, Callable<Long>> writes = new LinkedHashMap<>();
        writes.put("zeta", meetTheOther);
        writes.put("alpha", meetTheOther);
        writes.put("mid", () -> 7L);

        Map<String, Long> written = ConcurrentWrites.run(writes);

        assertThat(written).containsExactly(Map.entry("zeta", 1L), Map.entry("alpha", 1L), Map.entry("mid", 7L));
    }

    @Test
    void aFailureIsThrownOnlyAfterEveryWriteEndedWithTheLaterFailuresSuppressed() {
        AtomicBoolean slowWriteEnded = new AtomicBoolean();
        Map<String, Callable<Long>> writes = new LinkedHashMap<>();
        writes.put("first", () -> {
            throw new IllegalArgumentException("first failed");
        });
        writes.put("slow", () -> {
            Thread.sleep(200);
            slowWriteEnded.set(true);
            return 3L;
        });
        writes.put("checked", () -> {
            throw new java.io.IOException("disk full");
        });

        assertThatThrownBy(() -> ConcurrentWrites.run(writes))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("first failed")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().satisfies(s -> assertThat(s)
                        .isInstanceOf(IllegalStateException.class).hasMessage("cannot write table checked")
                        .hasRootCauseMessage("disk full")));
        assertThat(slowWriteEnded).isTrue();
    }

    @Test
    void noWritesIsAnEmptyResult() {
        assertThat(ConcurrentWrites.run(Map.of())).isEmpty();
    }
}
