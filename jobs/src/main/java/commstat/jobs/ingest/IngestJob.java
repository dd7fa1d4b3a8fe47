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
import commstat.jobs.warehouse.TableWriter;
import commstat.jobs.warehouse.WarehouseMetadata;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    public IngestRunSummary run(Path landing, Path warehouse, byte[] hashKey) {
        String startedAt = RunClock.now();
        StageTimer timer = new StageTimer();
        KeyedHasher hasher = new KeyedHasher(hashKey);
        WarehouseMetadata.claim(warehouse, hasher.fingerprint());

        ReferenceData reference = ReferenceLoader.load(landing.resolve("reference"));
        List<Path> inbox = LandingArea.inboxFiles(landing);
        timer.lap("reference and listing");
        log.info("ingest: %,d inbox files, %,d communities in the reference", inbox.size(), reference.communities().size());

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<SubmissionValidator> validator = jsc.broadcast(new SubmissionValidator(reference, hasher));
        List<String> paths = inbox.stream().map(p -> p.toAbsolutePath().toString()).toList();
        JavaRDD<FileResult> results = jsc.parallelize(paths, slices(paths.size()))
                .map(path -> validator.value().validate(Path.of(path)))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<FileResult> summaries = new ArrayList<>(results.map(FileResult::summary).collect());
        summaries.sort(Comparator.comparing(FileResult::fileName));
        timer.lap("read and validate");

        Resolution resolution = new SubmissionResolver(deadlines).resolve(summaries);
        Map<String, FileOutcome> outcomes = new HashMap<>();
        for (FileOutcome o : resolution.outcomes()) {
            outcomes.put(o.fileName(), o);
        }
        Broadcast<Map<String, FileOutcome>> outcomeByFile = jsc.broadcast(outcomes);
        timer.lap("resolve submissions");

        IngestTables tables = new IngestTables(spark, new TableWriter(warehouse));
        Map<String, Long> staged = tables.writeStaging(results, outcomeByFile);
        long rejects = tables.writeRejects(results, outcomeByFile);
        timer.lap("write staging and rejects");
        tables.writeFiles(resolution.outcomes());
        tables.writeEffective(resolution.effective());
        tables.writeReference(reference);
        timer.lap("write files, submissions and reference");
        results.unpersist(false);
        validator.destroy();
        outcomeByFile.destroy();

        IngestRunSummary summary = IngestRunSummary.of(startedAt, RunClock.now(), resolution.outcomes(), resolution.effective(),
                reference.problems().size(), staged, rejects, timer.laps());
        writeSummary(warehouse, summary);
        return summary;
    }

    /** Enough partitions to balance slow XLSX files across cores, few enough to keep task overhead low. */
    static int slices(int files) {
        return Math.max(1, Math.min(files, Math.max(8, files / 500)));
    }

    private static void writeSummary(Path warehouse, IngestRunSummary summary) {
        try {
            Files.writeString(warehouse.resolve("ingest_run.json"), summary.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run summary", e);
        }
    }
}
