package commstat.jobs.ingest;

import commstat.ingest.contract.Dataset;
import commstat.ingest.submissions.FileOutcome;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;

/**
 * The tables of the ingest an incremental run can take from the previous snapshot as they are, written by the same
 * build: a {@code stg_<dataset>} whose ingested files are, with the same {@code is_effective}, exactly the previous
 * run's, none of them validated again; and {@code ingest_rejects} when the files with rejected rows are the previous
 * run's, none validated again (the 2,419 files an incremental night at scale 10 validates again are duplicates and
 * conflicts, which read no rows). Such a table holds the same rows as before, and the same bytes.
 */
final class LinkableIngestTables {
    static final String REJECTS = "ingest_rejects";

    private LinkableIngestTables() {
    }

    /** The names of the tables to link from {@code previous}. */
    static Set<String> of(SparkSession spark, Path previous, Collection<FileOutcome> outcomes, Set<String> reused) {
        if (!Files.isDirectory(previous.resolve("ingest_files"))) {
            return Set.of();
        }
        Map<Dataset, Set<String>> now = new EnumMap<>(Dataset.class);
        Set<Dataset> validatedAgain = EnumSet.noneOf(Dataset.class);
        Set<String> rejectingNow = new TreeSet<>();
        boolean rejectsValidatedAgain = false;
        for (FileOutcome o : outcomes) {
            if (o.outcome().isIngested()) {
                now.computeIfAbsent(o.name().dataset(), d -> new TreeSet<>()).add(o.fileName() + "|" + o.effective());
                if (!reused.contains(o.fileName())) {
                    validatedAgain.add(o.name().dataset());
                }
            }
            if (o.rowsRead() > 0 && o.rowsRejected() > 0) {
                rejectingNow.add(o.fileName());
                rejectsValidatedAgain |= !reused.contains(o.fileName());
            }
        }
        Map<Dataset, Set<String>> before = new EnumMap<>(Dataset.class);
        Set<String> rejectingBefore = new TreeSet<>();
        for (Row r : spark.read().parquet(previous.resolve("ingest_files").toString())
                .where(col("outcome").equalTo(FileOutcome.Outcome.INGESTED.label())
                        .or(col("rows_read").gt(0).and(col("rows_rejected").gt(0))))
                .select("file_name", "dataset", "is_effective", "outcome", "rows_read", "rows_rejected")
                .collectAsList()) {
            if (r.getString(3).equals(FileOutcome.Outcome.INGESTED.label())) {
                Dataset d = Dataset.fromCode(r.getString(1)).orElseThrow();
                before.computeIfAbsent(d, x -> new TreeSet<>()).add(r.getString(0) + "|" + r.getBoolean(2));
            }
            if (r.getInt(4) > 0 && r.getInt(5) > 0) {
                rejectingBefore.add(r.getString(0));
            }
        }
        Set<String> unchanged = new TreeSet<>();
        for (Dataset d : Dataset.values()) {
            if (!validatedAgain.contains(d) && Objects.equals(now.get(d), before.get(d))
                    && Files.isDirectory(previous.resolve("stg_" + d.code()))) {
                unchanged.add("stg_" + d.code());
            }
        }
        if (!rejectsValidatedAgain && rejectingNow.equals(rejectingBefore)
                && Files.isDirectory(previous.resolve(REJECTS))) {
            unchanged.add(REJECTS);
        }
        return unchanged;
    }
}
