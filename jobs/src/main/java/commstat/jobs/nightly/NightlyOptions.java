package commstat.jobs.nightly;

import commstat.ingest.submissions.DeadlinePolicy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What a nightly run is asked to do.
 *
 * @param landing   the landing area ({@code reference/}, {@code inbox/})
 * @param root      the warehouse root ({@code current}, {@code snapshots/}, {@code publication/}, {@code runs/})
 * @param runDate   the only date the outputs see (deadlines not yet due, the assessed years)
 * @param full      validate every inbox file even when earlier results could be reused
 * @param keep      published snapshots kept, the current one included (at least 1)
 * @param hashKey   the key of the keyed hash of ID numbers
 * @param deadlines when a month's submission is due
 */
public record NightlyOptions(Path landing, Path root, LocalDate runDate, boolean full, int keep, byte[] hashKey,
                             DeadlinePolicy deadlines) {
    public static final int DEFAULT_KEEP = 3;

    public NightlyOptions {
        requireNonNull(landing, "landing is null");
        requireNonNull(root, "root is null");
        requireNonNull(runDate, "runDate is null");
        requireNonNull(hashKey, "hashKey is null");
        requireNonNull(deadlines, "deadlines is null");
        if (keep < 1) {
            throw new IllegalArgumentException("--keep must be at least 1 (the current snapshot), not " + keep);
        }
    }

    /** The assessed years: the run date's and the one before, oldest first. */
    public List<Integer> years() {
        return List.of(runDate.getYear() - 1, runDate.getYear());
    }
}
