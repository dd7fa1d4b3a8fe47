package commstat.jobs.nightly;

import commstat.ingest.landing.InvalidReferenceDataException;
import commstat.jobs.ingest.ProgressLog;
import commstat.jobs.publish.SnapshotStore;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One nightly run: takes the lock, cleans up after runs that died, runs the stages in order into a new snapshot
 * folder, publishes it, and writes the run record after every stage. Returns an exit code ({@link ExitCode}).
 */
public final class NightlyRun {
    /** The code of the mart stages: the jobs and the ingest's contract rules (their jars or class folders). */
    private static final Supplier<String> MART_CODE = () -> CodeFingerprint.of(
            List.of(NightlyRun.class, commstat.ingest.contract.Dataset.class));
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");

    private final NightlyOptions options;
    private final Supplier<SparkSession> spark;
    private final Function<NightlyOptions, List<NightlyStage>> stages;
    private final ProgressLog log;
    private final PrintStream err;

    public NightlyRun(NightlyOptions options, Supplier<SparkSession> spark,
                      Function<NightlyOptions, List<NightlyStage>> stages, ProgressLog log, PrintStream err) {
        this.options = options;
        this.spark = spark;
        this.stages = stages;
        this.log = log;
        this.err = err;
    }

    public NightlyRun(NightlyOptions options, Supplier<SparkSession> spark, ProgressLog log, PrintStream err) {
        this(options, spark, NightlyStages::standard, log, err);
    }

    public int run() {
        SnapshotStore store = new SnapshotStore(options.root(), step -> DrillPause.at("publish:" + step));
        store.createLayout();
        String runId = ZonedDateTime.now(ZoneOffset.UTC).format(RUN_ID) + "-" + ProcessHandle.current().pid();
        RunRecord record = new RunRecord(store.runs(), runId);
        record.put("run_date", options.runDate().toString());
        record.put("years", options.years());
        record.put("landing", options.landing().toAbsolutePath().toString());
        record.put("root", options.root().toAbsolutePath().toString());
        record.put("full_requested", options.full());
        record.put("keep", options.keep());

        RunLock lock;
        try {
            lock = RunLock.acquire(store.runs(), "run " + runId + ", pid " + ProcessHandle.current().pid()
                    + " on " + RunRecord.host() + ", started " + RunRecord.now());
        } catch (RunLock.Held e) {
            record.finish("refused", ExitCode.LOCKED, e.getMessage());
            record.write();
            err.println("commstat nightly: " + e.getMessage());
            return ExitCode.LOCKED;
        }
        try (lock) {
            return runLocked(store, runId, record);
        }
    }

    private int runLocked(SnapshotStore store, String runId, RunRecord record) {
        RunRecord.cleanTemporary(store.runs());
        List<String> died = RunRecord.markDied(store.runs(), runId);
        List<String> leftovers = store.cleanLeftovers();
        Path previous = options.full() ? null : store.current().orElse(null);
        record.put("previous_snapshot", store.currentName().orElse(null));
        record.put("runs_found_dead", died);
        record.put("leftovers_removed", leftovers);
        Path building = store.newBuildingDir(runId);
        record.write();
        log.info("nightly run %s: run date %s, years %s, landing %s, root %s%s", runId, options.runDate(),
                options.years(), options.landing(), options.root(), options.full() ? " (--full)" : "");
        if (!died.isEmpty() || !leftovers.isEmpty()) {
            log.info("cleaned up after runs that died: records %s, leftovers %s", died, leftovers);
        }

        List<NightlyStage> plan = stages.apply(options);
        List<String[]> times = new ArrayList<>();
        StringBuilder texts = new StringBuilder();
        long t0 = System.nanoTime();
        SparkSession session;
        try {
            session = spark.get();
        } catch (RuntimeException e) {
            record.finish("failed", ExitCode.FAILED, "Spark did not start: " + e.getMessage());
            record.write();
            store.abandon(building);
            err.println("commstat nightly: Spark did not start: " + e.getMessage());
            return ExitCode.FAILED;
        }
        long sparkMillis = (System.nanoTime() - t0) / 1_000_000;
        times.add(new String[]{"start Spark", seconds(sparkMillis)});
        record.put("spark_start_millis", sparkMillis);
        StageMemo memo = new StageMemo(previous, MART_CODE);
        NightlyContext context = new NightlyContext(session, options, store, building, previous, log, memo);
        for (int i = 0; i < plan.size(); i++) {
            NightlyStage stage = plan.get(i);
            log.info("[%d/%d] %s ...", i + 1, plan.size(), stage.name());
            String startedAt = RunRecord.now();
            long start = System.nanoTime();
            NightlyStage.Result result;
            try {
                result = runStage(stage, context);
            } catch (Exception | Error e) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                String message = e.getMessage() != null ? e.getMessage() : e.toString();
                int code = e instanceof InvalidReferenceDataException ? ExitCode.BAD_INPUT : ExitCode.FAILED;
                record.stage(stage.name(), startedAt, millis, "failed", Map.of(), message);
                record.finish("failed", code, stage.name() + ": " + message);
                record.write();
                store.abandon(building);
                err.println("commstat nightly: stage '" + stage.name() + "' failed: " + message);
                if (code == ExitCode.FAILED) {
                    e.printStackTrace(err);
                }
                err.println("commstat nightly: nothing published; " + store.currentName()
                        .map(n -> "snapshot " + n + " stays current").orElse("there is no published snapshot yet")
                        + ". Run record: " + record.file());
                return code;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            record.stage(stage.name(), startedAt, millis, "succeeded", result.details(), null);
            record.write();
            times.add(new String[]{stage.name(), seconds(millis)});
            if (!result.text().isEmpty()) {
                texts.append(result.text());
            }
            log.info("[%d/%d] %s done in %s", i + 1, plan.size(), stage.name(), seconds(millis));
            DrillPause.at("stage:" + stage.name());
        }
        long total = (System.nanoTime() - t0) / 1_000_000;
        if (context.published() != null) {
            record.put("snapshot", context.published().id());
            record.put("removed_snapshots", context.removedSnapshots());
        }
        record.put("total_millis", total);
        record.finish("succeeded", ExitCode.OK, null);
        record.write();
        log.info("%s", summary(runId, texts, times, total, record));
        return ExitCode.OK;
    }

    /** Runs the stage, or takes its tables over from the previous snapshot when its inputs did not change. */
    private static NightlyStage.Result runStage(NightlyStage stage, NightlyContext context) throws Exception {
        String params = stage.params(context);
        if (params == null) {
            return stage.run(context);
        }
        NightlyStage.Result[] computed = new NightlyStage.Result[1];
        StageMemo.Outcome outcome = context.memo().run(stage.name(), params, context.spark(), context.building(),
                () -> computed[0] = stage.run(context));
        Map<String, Object> details = new LinkedHashMap<>();
        if (outcome.reused()) {
            String from = context.previous().getFileName().toString();
            details.put("taken_over_from", from);
            details.put("tables", outcome.entry().written());
            context.log().info("%s: its inputs are unchanged since snapshot %s: %d tables taken over", stage.name(),
                    from, outcome.entry().writes().size());
            return new NightlyStage.Result(details, stage.name() + ": inputs unchanged, "
                    + outcome.entry().writes().size() + " tables taken over from snapshot " + from + "\n");
        }
        details.putAll(computed[0].details());
        details.put("computed_because", outcome.why());
        List<String> parts = context.memo().partsTakenOver(stage.name());
        if (parts.isEmpty()) {
            return new NightlyStage.Result(details, computed[0].text());
        }
        details.put("parts_taken_over", parts);
        context.log().info("%s: inputs unchanged for %s: taken over from snapshot %s", stage.name(), parts,
                context.previous().getFileName());
        return new NightlyStage.Result(details, computed[0].text() + stage.name() + ": " + String.join(", ", parts)
                + ": inputs unchanged, taken over from snapshot " + context.previous().getFileName() + "\n");
    }

    private String summary(String runId, StringBuilder texts, List<String[]> times, long totalMillis, RunRecord record) {
        StringBuilder s = new StringBuilder();
        s.append("---- nightly run ").append(runId).append(" (run date ").append(options.runDate()).append(") ----\n");
        s.append(texts);
        s.append("time per stage\n");
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String[] t : times) {
            ordered.put(t[0], t[1]);
        }
        ordered.forEach((name, time) -> s.append(String.format("  %-40s %10s%n", name, time)));
        s.append(String.format("  %-40s %10s%n", "total", seconds(totalMillis)));
        s.append("run record: ").append(record.file());
        return s.toString();
    }

    static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    /** Exit codes a scheduler can act on (docs/OPERATIONS.md). */
    public static final class ExitCode {
        /** Published (or the same snapshot again). */
        public static final int OK = 0;
        /** A stage failed: nothing published, the previous snapshot stays current. Alert. */
        public static final int FAILED = 1;
        /** Bad arguments or setup (no landing area, no hash key): fix the job definition. */
        public static final int USAGE = 2;
        /** Another nightly run holds the lock: this one did nothing. Retry later or ignore. */
        public static final int LOCKED = 3;
        /** The inputs stop the run (a reference file every number depends on is broken): fix the landing area. */
        public static final int BAD_INPUT = 4;

        private ExitCode() {
        }
    }
}
