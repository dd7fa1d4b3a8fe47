package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of what was written and planted: one per community (no sharing between threads), merged at the end.
 * {@code files} are counted by format key ({@code csv-utf8}, {@code xlsx}, ..., {@code junk}).
 */
final class GenerationTally {
    private final EnumMap<Planted, Long> planted = new EnumMap<>(Planted.class);
    private final EnumMap<Dataset, Long> rows = new EnumMap<>(Dataset.class);
    private final EnumMap<Dataset, Long> submissions = new EnumMap<>(Dataset.class);
    private final Map<String, Long> files = new TreeMap<>();
    private long bytes;

    void plant(Planted what) {
        planted.merge(what, 1L, Long::sum);
    }

    void plant(Planted what, long n) {
        if (n > 0) {
            planted.merge(what, n, Long::sum);
        }
    }

    void rows(Dataset dataset, long n) {
        rows.merge(dataset, n, Long::sum);
    }

    void submission(Dataset dataset) {
        submissions.merge(dataset, 1L, Long::sum);
    }

    void file(String format, long size) {
        files.merge(format, 1L, Long::sum);
        bytes += size;
    }

    void add(GenerationTally other) {
        other.planted.forEach((k, v) -> planted.merge(k, v, Long::sum));
        other.rows.forEach((k, v) -> rows.merge(k, v, Long::sum));
        other.submissions.forEach((k, v) -> submissions.merge(k, v, Long::sum));
        other.files.forEach((k, v) -> files.merge(k, v, Long::sum));
        bytes += other.bytes;
    }

    long planted(Planted what) {
        return planted.getOrDefault(what, 0L);
    }

    /** Data rows generated (clean rows of every submitted month), by dataset. */
    long rows(Dataset dataset) {
        return rows.getOrDefault(dataset, 0L);
    }

    long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Community-months for which a first submission was written, by dataset. */
    long submissions(Dataset dataset) {
        return submissions.getOrDefault(dataset, 0L);
    }

    long totalSubmissions() {
        return submissions.values().stream().mapToLong(Long::longValue).sum();
    }

    Map<String, Long> files() {
        return files;
    }

    long totalFiles() {
        return files.values().stream().mapToLong(Long::longValue).sum();
    }

    long bytes() {
        return bytes;
    }

    Map<Planted, Long> planted() {
        return planted;
    }
}
