package commstat.ingest.landing;

import commstat.ingest.contract.Dataset;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/**
 * A parsed inbox file name {@code <community_code>_<dataset>_<period>_<submitted_at>.<ext>}.
 * {@code submittedAt} is a local date-time (Asia/Shanghai) without a zone; {@code extension} is lower case.
 */
public record SubmissionName(String communityCode, Dataset dataset, YearMonth period, LocalDateTime submittedAt,
                             String extension) implements Serializable {
    public SubmissionName {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(dataset, "dataset is null");
        requireNonNull(period, "period is null");
        requireNonNull(submittedAt, "submittedAt is null");
        requireNonNull(extension, "extension is null");
    }
}
