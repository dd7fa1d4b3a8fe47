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
 * The {@code stg_<dataset>} tables an incremental run can take from the previous snapshot as they are: those whose
 * ingested files are, with the same {@code is_effective}, exactly the previous run's, none of them validated again.
 * Such a table holds the same rows as before, and (written by the same build) the same bytes.
 */
final class UnchangedStaging {
    private UnchangedStaging() {
    }

    static Set<Dataset> of(SparkSession spark, Path previous, Collection<FileOutcome> outcomes, Set<String> reused) {
        Map<Dataset, Set<String>> now = new EnumMap<>(Dataset.class);
        Set<Dataset> validatedAgain = EnumSet.noneOf(Dataset.class);
        for (FileOutcome o : outcomes) {
            if (o.outcome().isIngested()) {
                now.computeIfAbsent(o.name().dataset(), d -> new TreeSet<>()).add(o.fileName() + "|" + o.effective());
                if (!reused.contains(o.fileName())) {
                    validatedAgain.add(o.name().dataset());
                }
            }
        }
        if (validatedAgain.size() == Dataset.values().length || !Files.isDirectory(previous.resolve("ingest_files"))) {
            return Set.of();
        }
        Map<Dataset, Set<String>> before = new EnumMap<>(Dataset.class);
        for (Row r : spark.read().parquet(previous.resolve("ingest_files").toString())
                .where(col("outcome").equalTo(FileOutcome.Outcome.INGESTED.label()))
                .select("file_name", "dataset", "is_effective").collectAsList()) {
            Dataset d = Dataset.fromCode(r.getString(1)).orElseThrow();
            before.computeIfAbsent(d, x -> new TreeSet<>()).add(r.getString(0) + "|" + r.getBoolean(2));
        }
        Set<Dataset> unchanged = EnumSet.noneOf(Dataset.class);
        for (Dataset d : Dataset.values()) {
            if (!validatedAgain.contains(d) && Objects.equals(now.get(d), before.get(d))
                    && Files.isDirectory(previous.resolve("stg_" + d.code()))) {
                unchanged.add(d);
            }
        }
        return unchanged;
    }
}
