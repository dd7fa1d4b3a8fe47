package commstat.jobs.ingest;

import commstat.ingest.contract.Dataset;
import commstat.ingest.landing.BadFileNameException;
import commstat.ingest.landing.SubmissionName;
import commstat.ingest.validate.FileResult;
import commstat.ingest.validate.SubmissionValidator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The validation results of this run's files, cached serialized: in full, one RDD per dataset of the file name, and
 * all of them once more without their accepted rows. Each {@code stg_<dataset>} table then reads back only its own
 * dataset's files, and the rejects and the driver's summaries read the small copy: with one RDD of all files,
 * each of the five tables deserialized every cached file with all its rows (issue 9).
 */
final class ValidatedFiles {
    private final Map<Dataset, JavaRDD<FileResult>> byDataset;
    private final JavaRDD<FileResult> withoutAccepted;
    private final JavaRDD<FileResult> empty;

    private ValidatedFiles(Map<Dataset, JavaRDD<FileResult>> byDataset, JavaRDD<FileResult> withoutAccepted,
                           JavaRDD<FileResult> empty) {
        this.byDataset = byDataset;
        this.withoutAccepted = withoutAccepted;
        this.empty = empty;
    }

    /** Validates {@code paths} on the executors, lazily: the first action over {@link #withoutAccepted()} does it. */
    static ValidatedFiles validate(JavaSparkContext jsc, Broadcast<SubmissionValidator> validator, List<String> paths) {
        Map<Dataset, List<String>> named = new EnumMap<>(Dataset.class);
        List<String> unnamed = new ArrayList<>();
        for (String path : paths) {
            Dataset dataset = datasetOf(path);
            if (dataset == null) {
                unnamed.add(path);
            } else {
                named.computeIfAbsent(dataset, d -> new ArrayList<>()).add(path);
            }
        }
        Map<Dataset, JavaRDD<FileResult>> byDataset = new EnumMap<>(Dataset.class);
        named.forEach((dataset, files) -> byDataset.put(dataset,
                validated(jsc, validator, files).persist(StorageLevel.MEMORY_AND_DISK_SER())));
        List<JavaRDD<FileResult>> parts = new ArrayList<>(byDataset.values());
        if (!unnamed.isEmpty() || parts.isEmpty()) {
            parts.add(validated(jsc, validator, unnamed)); // no rows: only the small copy is cached
        }
        @SuppressWarnings("unchecked")
        JavaRDD<FileResult> all = jsc.union(parts.toArray(JavaRDD[]::new));
        return new ValidatedFiles(byDataset,
                all.map(FileResult::withoutAccepted).persist(StorageLevel.MEMORY_AND_DISK_SER()), jsc.emptyRDD());
    }

    /** Every validated file, without its accepted rows. */
    JavaRDD<FileResult> withoutAccepted() {
        return withoutAccepted;
    }

    /** The validated files named for {@code dataset}, with their rows (none: an empty RDD). */
    JavaRDD<FileResult> of(Dataset dataset) {
        return byDataset.getOrDefault(dataset, empty);
    }

    void unpersist() {
        withoutAccepted.unpersist(false);
        byDataset.values().forEach(rdd -> rdd.unpersist(false));
    }

    private static JavaRDD<FileResult> validated(JavaSparkContext jsc, Broadcast<SubmissionValidator> validator,
                                                 List<String> paths) {
        return jsc.parallelize(paths, IngestJob.slices(paths.size()))
                .map(path -> validator.value().validate(Path.of(path)));
    }

    private static Dataset datasetOf(String path) {
        try {
            return SubmissionName.parse(Path.of(path).getFileName().toString()).dataset();
        } catch (BadFileNameException e) {
            return null;
        }
    }
}
