package commstat.jobs.nightly;

import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.TestSpark;
import commstat.jobs.ingest.IngestJob;
import commstat.jobs.ingest.IngestRunSummary;
import commstat.jobs.ingest.ProgressLog;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental ingest: after each kind of change in the landing area, an ingest that reuses the previous run's
 * per-file results writes the same bytes as a full one, and validates only what it must.
 */
class IncrementalIngestTest {
    @TempDir
    Path tmp;

    private final IngestJob job = new IngestJob(TestSpark.session(), DeadlinePolicy.defaultPolicy(), ProgressLog.quiet());
    private int step;

    @Test
    void afterEveryKindOfChangeAnIncrementalIngestEqualsAFullOne() {
        Path landing = TinyLanding.copy(tmp.resolve("landing"), TinyLanding::firstHalf);
        Path previous = tmp.resolve("base");
        IngestRunSummary base = job.run(landing, previous, TinyLanding.KEY);
        assertThat(base.filesValidated()).isEqualTo(base.files());

        // nothing changed: nothing is read again, and the tables are the full run's
        step++;
        IngestRunSummary same = job.run(landing, dir("inc", step), TinyLanding.KEY, previous, s -> { });
        SnapshotFiles.assertSameBytes(dir("inc", step), previous);
        assertThat(same.filesValidated()).isEqualTo(notStored(previous));
        assertThat(same.filesReused()).isEqualTo(base.files() - notStored(previous));
        previous = dir("inc", step);

        // new files: only they (and earlier duplicates and conflicts, whose rows were never stored) are read
        TinyLanding.addTheRest(landing);
        int unread = notStored(previous);
        IngestRunSummary added = incrementalEqualsFull(landing, previous);
        assertThat(added.files()).isGreaterThan(base.files());
        assertThat(added.filesValidated()).isEqualTo(added.files() - base.files() + unread);
        previous = dir("inc", step);

        // a resubmission
        unread = notStored(previous);
        String later = TinyLanding.resubmit(landing);
        IngestRunSummary resubmitted = incrementalEqualsFull(landing, previous);
        assertThat(resubmitted.filesValidated()).isEqualTo(1 + unread);
        assertThat(outcome(dir("inc", step), later)).isEqualTo("ingested");
        previous = dir("inc", step);

        // a conflicting twin turns an ingested (reused) file into a conflict
        unread = notStored(previous);
        String twin = TinyLanding.conflict(landing);
        IngestRunSummary conflicted = incrementalEqualsFull(landing, previous);
        assertThat(conflicted.filesValidated()).isEqualTo(1 + unread);
        assertThat(outcome(dir("inc", step), twin)).isEqualTo("conflict");
        assertThat(outcome(dir("inc", step), twin.replace(".CSV", ".csv"))).isEqualTo("conflict");
        previous = dir("inc", step);

        // a reference file or another hash key: every file is validated again (nothing of the old key mixed in)
        TinyLanding.renameACommunity(landing);
        IngestRunSummary reference = job.run(landing, dir("reference", 0), TinyLanding.KEY, previous, s -> { });
        assertThat(reference.filesReused()).isZero();
        assertThat(reference.filesValidated()).isEqualTo(reference.files());
        assertThat(reference.fullReason()).isEqualTo("a reference file changed");
        byte[] otherKey = "another-nightly-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        IngestRunSummary rekeyed = job.run(landing, dir("rekeyed", 0), otherKey, dir("reference", 0), s -> { });
        assertThat(rekeyed.filesReused()).isZero();
        assertThat(rekeyed.fullReason()).startsWith("the hash key changed");
    }

    @Test
    void stagingTablesWhoseFilesAreUnchangedAreLinkedFromThePreviousSnapshotOfTheSameBuild() throws Exception {
        Path landing = TinyLanding.copy(tmp.resolve("landing"), TinyLanding::firstHalf);
        Path previous = tmp.resolve("base");
        job.run(landing, previous, TinyLanding.KEY);

        TinyLanding.resubmit(landing); // an employment file: the other datasets' files are the same
        Path inc = tmp.resolve("inc");
        job.run(landing, inc, TinyLanding.KEY, previous, true, s -> { });
        for (String table : List.of("stg_floating", "stg_funds", "stg_population")) {
            assertThat(linked(inc, previous, table)).as("%s linked", table).isTrue();
        }
        assertThat(linked(inc, previous, "stg_employment")).isFalse();
        Path full = tmp.resolve("full");
        job.run(landing, full, TinyLanding.KEY);
        SnapshotFiles.assertSameBytes(inc, full);

        // nothing changed since: the rejects are linked too
        Path again = tmp.resolve("again");
        job.run(landing, again, TinyLanding.KEY, inc, true, s -> { });
        for (String table : List.of("ingest_rejects", "stg_employment", "stg_floating", "stg_funds", "stg_population")) {
            assertThat(linked(again, inc, table)).as("%s linked", table).isTrue();
        }
        SnapshotFiles.assertSameBytes(again, full);

        // not told the build is the same (a new commstat): every table is written
        Path other = tmp.resolve("other");
        job.run(landing, other, TinyLanding.KEY, previous, false, s -> { });
        assertThat(linked(other, previous, "stg_floating")).isFalse();
        SnapshotFiles.assertSameBytes(other, full);

        // the rest of the year brings files with rejected rows: the rejects are written again, as a full run does
        TinyLanding.addTheRest(landing);
        Path rest = tmp.resolve("rest");
        job.run(landing, rest, TinyLanding.KEY, again, true, s -> { });
        assertThat(rejectingFiles(rest)).hasSizeGreaterThan(rejectingFiles(again).size());
        assertThat(linked(rest, again, "ingest_rejects")).isFalse();
        Path fullRest = tmp.resolve("full-rest");
        job.run(landing, fullRest, TinyLanding.KEY);
        SnapshotFiles.assertSameBytes(rest, fullRest);
    }

    private static boolean linked(Path warehouse, Path earlier, String table) throws Exception {
        return Files.isSameFile(warehouse.resolve(table).resolve("part-00000.parquet"),
                earlier.resolve(table).resolve("part-00000.parquet"));
    }

    private static List<Row> rejectingFiles(Path warehouse) {
        return TestSpark.session().read().parquet(warehouse.resolve("ingest_rejects").toString())
                .select("file_name").distinct().collectAsList();
    }

    private IngestRunSummary incrementalEqualsFull(Path landing, Path previous) {
        step++;
        IngestRunSummary incremental = job.run(landing, dir("inc", step), TinyLanding.KEY, previous, s -> { });
        IngestRunSummary full = job.run(landing, dir("full", step), TinyLanding.KEY);
        SnapshotFiles.assertSameBytes(dir("inc", step), dir("full", step));
        assertThat(incremental.filesValidated() + incremental.filesReused()).isEqualTo(incremental.files());
        assertThat(List.of(incremental.rowsRead(), incremental.rowsAccepted(), incremental.rowsRejected()))
                .isEqualTo(List.of(full.rowsRead(), full.rowsAccepted(), full.rowsRejected()));
        return incremental;
    }

    private Path dir(String kind, int n) {
        return tmp.resolve(kind + "-" + n);
    }

    /** Files whose rows the warehouse does not hold (duplicates and conflicts that read rows): read again next time. */
    private static int notStored(Path warehouse) {
        return (int) TestSpark.session().read().parquet(warehouse.resolve("ingest_cache").toString())
                .where(col("rows_stored").equalTo(false).and(col("rows_read").gt(0))).count();
    }

    private static String outcome(Path warehouse, String file) {
        List<Row> rows = TestSpark.session().read().parquet(warehouse.resolve("ingest_files").toString())
                .where(col("file_name").equalTo(file)).collectAsList();
        assertThat(rows).as("ingest_files row of %s", file).hasSize(1);
        return rows.get(0).getAs("outcome");
    }
}
