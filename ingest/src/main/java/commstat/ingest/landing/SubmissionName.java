package commstat.ingest.landing;

import commstat.ingest.contract.Dataset;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The contract's pattern; only the extension may be in any letter case. */
    private static final Pattern PATTERN = Pattern.compile(
            "^(\\d{12})_(population|employment|floating|funds)_(\\d{4})-(\\d{2})_(\\d{8}T\\d{6})\\.((?i:csv|xlsx|json))$");
    private static final DateTimeFormatter SUBMITTED_AT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss").withResolverStyle(ResolverStyle.STRICT);
    static final String EXPECTED_SHAPE =
            "name is not <community>_<dataset>_<yyyy-MM>_<yyyyMMddTHHmmss>.<csv|xlsx|json>";

    /** Parses an inbox file name, or says why it is {@code BAD_FILE_NAME}. */
    public static SubmissionName parse(String fileName) throws BadFileNameException {
        Matcher m = PATTERN.matcher(fileName);
        if (!m.matches()) {
            throw new BadFileNameException(EXPECTED_SHAPE);
        }
        int month = Integer.parseInt(m.group(4));
        if (month < 1 || month > 12) {
            throw new BadFileNameException("period " + m.group(3) + "-" + m.group(4) + " is not a month");
        }
        LocalDateTime submittedAt;
        try {
            submittedAt = LocalDateTime.parse(m.group(5), SUBMITTED_AT);
        } catch (DateTimeException e) {
            throw new BadFileNameException("submitted_at " + m.group(5) + " is not a date-time");
        }
        Dataset dataset = Dataset.fromCode(m.group(2)).orElseThrow();
        return new SubmissionName(m.group(1), dataset, YearMonth.of(Integer.parseInt(m.group(3)), month),
                submittedAt, m.group(6).toLowerCase(Locale.ROOT));
    }

    /** The key under which resubmissions, duplicates and conflicts are judged, without {@code submitted_at}. */
    public String submissionKey() {
        return communityCode + "_" + dataset.code() + "_" + period;
    }
}
