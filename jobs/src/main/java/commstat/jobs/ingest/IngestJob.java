package commstat.jobs.ingest;

import commstat.ingest.landing.LandingArea;
import commstat.ingest.landing.ReferenceData;
import commstat.ingest.landing.ReferenceLoader;
import commstat.ingest.pseudo.KeyedHasher;
import commstat.ingest.submissions.DeadlinePolicy;
import commstat.ingest.submissions.FileOutcome;
import commstat.ingest.submissions.Resolution;
import commstat.ingest.submissions.SubmissionResolver;
import commstat.ingest.validate.FileResult;
import commstat.ingest.validate.SubmissionValidator;
import commstat.jobs.spark.SqlWarmUp;
import commstat.jobs.warehouse.TableWriter;
import commstat.jobs.warehouse.WarehouseMetadata;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The ingest stage as a Spark job: every inbox file is read and validated by the ingest module's
 * {@link SubmissionValidator} on an executor (files spread over the cores or the cluster), the driver judges
 * resubmissions, duplicates and conflicts across files from the collected summaries, and the accepted and
 * rejected rows are written as Parquet tables (docs/DATA.md).
 */
public final class IngestJob {
    private final SparkSession spark;
    private final DeadlinePolicy deadlines;
    private final ProgressLog log;

    public IngestJob(SparkSession spark, DeadlinePolicy deadlines, ProgressLog log) {
        this.spark = spark;
        this.deadlines = deadlines;
        this.log = log;
    }

    /** A full run: every inbox file is validated. */
    public IngestRunSummary run(Path landing, Path warehouse, byte[] hashKey) {
        return run(landing, warehouse, hashKey, null, step -> { });
    }

    /**
     * Ingests {@code landing} into {@code warehouse}. With {@code previous} (a snapshot an earlier run wrote) only new
     * or changed inbox files are validated; the others' results and rows are taken from it, unless the reference
     * files, the settings or the hash key changed since (then every file is validated). The tables are the same as
     * a full run's either way. {@code afterStep} is called with each step's name once it is done.
     */
    public IngestRunSummary run(Path landing, Path warehouse, byte[] hashKey, Path previous, Consumer<String> afterStep) {
        return run(landing, warehouse, hashKey, previous, false, afterStep);
    }

    /**
     * As above; when {@code previousBySameBuild} (the previous snapshot was written by this very build), a staging
     * table (or the rejects) whose files are all unchanged is linked from it rather than written again
     * ({@link LinkableIngestTables}).
     */
    public IngestRunSummary run(Path landing, Path warehouse, byte[] hashKey, Path previous, boolean previousBySameBuild,
                                Consumer<String> afterStep) {
        String startedAt = RunClock.now();
        StageTimer timer = new StageTimer();
        KeyedHasher hasher = new KeyedHasher(hashKey);
        WarehouseMetadata.claim(warehouse, hasher.fingerprint());

        Path referenceDir = LandingArea.referenceDir(landing);
        ReferenceData reference = ReferenceLoader.load(referenceDir);
        long scannedAt = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        List<InboxFile> inbox = InboxFile.scan(LandingArea.inboxFiles(landing), InboxHashes.read(previous));
        InboxHashes.write(warehouse, inbox, scannedAt);
        IngestInputs inputs = IngestInputs.of(referenceDir, deadlines, hasher.fingerprint());
        ValidationCache.Previous earlier = ValidationCache.load(spark, previous, inputs);
        Map<String, FileResult> summaries = new TreeMap<>();
        List<String> paths = new ArrayList<>();
        for (InboxFile f : inbox) {
            ValidationCache.Entry e = earlier.entries().get(f.fileName());
            if (e != null && e.matches(f)) {
                summaries.put(f.fileName(), e.summary());
            } else {
                paths.add(f.path().toAbsolutePath().toString());
            }
        }
        Set<String> reusedFiles = Set.copyOf(summaries.keySet());
        timer.lap("reference and listing");
        log.info("ingest: %,d inbox files (%,d to validate, %,d unchanged since the last run), %,d communities in the reference%s",
                inbox.size(), paths.size(), reusedFiles.size(), reference.communities().size(),
                earlier.fullReason() == null ? "" : "; every file validated: " + earlier.fullReason());
        afterStep.accept("listing");

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SubmissionValidator> validator = jsc.broadcast(new SubmissionValidator(reference, hasher));
        ValidatedFiles results = ValidatedFiles.validate(jsc, validator, paths);
        CompletableFuture<Void> sqlReady = SqlWarmUp.start(spark); // the writes below are the first SQL
        for (FileResult r : results.withoutAccepted().map(FileResult::summary).collect()) {
            summaries.put(r.fileName(), r);
        }
        sqlReady.join();
        timer.lap("read and validate");
        afterStep.accept("validate");

        Resolution resolution = new SubmissionResolver(deadlines).resolve(new ArrayList<>(summaries.values()));
        Map<String, FileOutcome> outcomes = new HashMap<>();
        for (FileOutcome o : resolution.outcomes()) {
            outcomes.put(o.fileName(), o);
        }
        Broadcast<Map<String, FileOutcome>> outcomeByFile = jsc.broadcast(outcomes);
        timer.lap("resolve submissions");

        IngestTables tables = new IngestTables(spark, new TableWriter(warehouse));
        ReusedRows reused = reusedFiles.isEmpty() ? ReusedRows.none(spark)
                : new ReusedRows(spark, earlier.snapshot(), reusedFiles);
        Set<String> unchanged = previousBySameBuild && earlier.snapshot() != null
                ? LinkableIngestTables.of(spark, earlier.snapshot(), resolution.outcomes(), reusedFiles) : Set.of();
        if (!unchanged.isEmpty()) {
            log.info("ingest: tables with the same files as in snapshot %s, linked from it: %s",
                    earlier.snapshot().getFileName(), unchanged);
        }
        IngestTables.Staged staged = tables.writeAll(results, outcomeByFile, reused, resolution, reference,
                ValidationCache.rows(inbox, summaries, outcomes, inputs), earlier.snapshot(), unchanged);
        afterStep.accept("staging");
        timer.lap("write tables");
        results.unpersist();
        validator.destroy();
        outcomeByFile.destroy();

        return IngestRunSummary.of(startedAt, RunClock.now(), resolution.outcomes(), resolution.effective(),
                reference.problems().size(), staged.byDataset(), staged.rejected(), timer.laps())
                .withIncremental(paths.size(), reusedFiles.size(), earlier.fullReason());
    }

    /** Enough partitions to balance slow XLSX files across cores, few enough to keep task overhead low. */
    static int slices(int files) {
        return Math.max(1, Math.min(files, Math.max(8, files / 500)));
    }

    /** Writes {@code ingest_run.json}, the run log the single {@code ingest} command leaves in its warehouse. */
    static void writeSummary(Path warehouse, IngestRunSummary summary) {
        try {
            Files.writeString(warehouse.resolve("ingest_run.json"), summary.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run summary", e);
        }
    }
}
