package commstat.jobs.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.TestPaths;
import commstat.jobs.TestSpark;
import commstat.jobs.ingest.ProgressLog;
import commstat.jobs.publish.SnapshotStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Running the nightly in this JVM (the shared Spark session) or as a child JVM, and checking a published snapshot. */
final class NightlyRuns {
    static final LocalDate DATE = LocalDate.of(2026, 3, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private NightlyRuns() {
    }

    record Outcome(int exitCode, String err) {
    }

    static Outcome inProcess(Path landing, Path root, boolean full) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        NightlyOptions options = new NightlyOptions(landing, root, DATE, full, NightlyOptions.DEFAULT_KEEP,
                TinyLanding.KEY, DeadlinePolicy.defaultPolicy());
        int code = new NightlyRun(options, TestSpark::session, ProgressLog.quiet(),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run();
        return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Starts the nightly as a child JVM that pauses at {@code point} (DrillPause) and returns once it is there,
     * holding the lock. The caller kills it.
     */
    static Process childPausedAt(Path landing, Path root, String point, Path workDir) throws IOException, InterruptedException {
        Path signal = workDir.resolve("signal-" + System.nanoTime());
        Path key = workDir.resolve("key");
        Files.write(key, TinyLanding.KEY);
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m", "@" + TestPaths.repo().resolve("spark-jvm.args"),
                "-cp", System.getProperty("java.class.path"),
                "-Dspark.master=local[2]", "-Dspark.sql.shuffle.partitions=2", "-Dspark.default.parallelism=2",
                "-Dcommstat.drill.pause=" + point, "-Dcommstat.drill.signal=" + signal,
                "commstat.jobs.JobsMain", "nightly", "--landing", landing.toString(), "--warehouse", root.toString(),
                "--date", DATE.toString(), "--key-file", key.toString()));
        Path log = workDir.resolve("child-" + point.replaceAll("[^a-z0-9]", "_") + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1200);
        while (!Files.exists(signal)) {
            if (!p.isAlive()) {
                throw new AssertionError("the child nightly ended (exit " + p.exitValue() + ") before pausing at "
                        + point + ":\n" + Files.readString(log));
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new AssertionError("the child nightly did not reach " + point + " in 1200 s:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        return p;
    }

    /** SIGKILL: no shutdown hook, no finally block runs. */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("exit value of a SIGKILLed JVM").isEqualTo(128 + 9);
    }

    /** {@code current} names {@code id}, the folder's bytes hash to what its manifest says and every table reads. */
    static void assertPublishedWhole(Path root, String id) {
        SnapshotStore store = new SnapshotStore(root);
        assertThat(store.currentName()).contains(id);
        Path snapshot = store.current().orElseThrow();
        JsonNode manifest = manifest(snapshot);
        assertThat(manifest.path("snapshot").asText()).isEqualTo(id);
        assertThat(SnapshotStore.contentHash(snapshot)).isEqualTo(manifest.path("content_sha256").asText());
        assertThat(manifest.path("tables").size()).isGreaterThan(20);
        for (JsonNode t : manifest.path("tables")) {
            TestSpark.session().read().parquet(snapshot.resolve(t.asText()).toString()).count();
        }
        assertThat(TestSpark.session().read().parquet(snapshot.resolve("stg_floating").toString()).count()).isPositive();
    }

    static JsonNode manifest(Path snapshot) {
        return read(snapshot.resolve(SnapshotStore.MANIFEST));
    }

    static JsonNode read(Path json) {
        try {
            return JSON.readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run records of a root, oldest first (run ids sort by start time). */
    static List<JsonNode> records(Path root) {
        return TinyLanding.list(root.resolve("runs")).stream()
                .filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
                .map(NightlyRuns::read).toList();
    }
}
