package commstat.ingest.submissions;

import commstat.ingest.contract.Dataset;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/**
 * One community × dataset × period with at least one accepted file (a row of {@code submissions_effective}):
 * the effective file is the latest accepted {@code submitted_at}; the first accepted one decides timeliness.
 */
public record EffectiveSubmission(String communityCode, Dataset dataset, YearMonth period, String file,
                                  LocalDateTime submittedAt, String firstAcceptedFile, LocalDateTime firstAcceptedAt,
                                  LocalDateTime deadline, boolean onTime) implements Serializable {
    public EffectiveSubmission {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(dataset, "dataset is null");
        requireNonNull(period, "period is null");
        requireNonNull(file, "file is null");
        requireNonNull(submittedAt, "submittedAt is null");
        requireNonNull(firstAcceptedFile, "firstAcceptedFile is null");
        requireNonNull(firstAcceptedAt, "firstAcceptedAt is null");
        requireNonNull(deadline, "deadline is null");
    }
}
