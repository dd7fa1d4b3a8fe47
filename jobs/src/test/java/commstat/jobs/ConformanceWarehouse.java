package commstat.jobs;

import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.ingest.IngestJob;
import commstat.jobs.ingest.IngestRunSummary;
import commstat.jobs.ingest.ProgressLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The conformance landing area ingested once per test JVM: every test class that checks a later stage against
 * {@code expected.json} starts from the same warehouse instead of paying for the ingest again.
 */
public final class ConformanceWarehouse {
    public static final byte[] KEY = "conformance-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static Path warehouse;
    private static IngestRunSummary summary;

    private ConformanceWarehouse() {
    }

    /** The warehouse folder holding the ingest tables of {@code shared/conformance}. */
    public static synchronized Path path() {
        if (warehouse == null) {
            try {
                Path dir = Files.createTempDirectory("commstat-conformance-");
                summary = new IngestJob(TestSpark.session(), DeadlinePolicy.defaultPolicy(), ProgressLog.quiet())
                        .run(TestPaths.conformance(), dir, KEY);
                warehouse = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return warehouse;
    }

    public static synchronized IngestRunSummary summary() {
        path();
        return summary;
    }
}
