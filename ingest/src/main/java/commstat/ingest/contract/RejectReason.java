package commstat.ingest.contract;

/**
 * The stable reason codes of {@code contract.md}. A code is never renamed or reused once published:
 * rejects tables, the upload API and the ingest report all carry these names.
 */
public enum RejectReason {
    /** The file name does not match the contract's pattern, or its month or time is not real. */
    BAD_FILE_NAME,
    /** A well-formed 12-digit community code that is not in {@code communities.csv}. */
    UNKNOWN_COMMUNITY,
    /** Not decodable, not parseable, empty, binary, truncated, or too large to read safely. */
    UNREADABLE_FILE,
    /** A required column is absent: the file is rejected whole, each data row counted as rejected. */
    MISSING_COLUMN,
    /** Two columns map to the same field (for example {@code amount} and {@code 金额}). */
    DUPLICATE_COLUMN,
    /** A population file without exactly one data row. */
    ROW_COUNT,
    /** Not a number, not a date, not a known code, or a cross-column rule without a code of its own. */
    BAD_VALUE,
    /** An integer below zero. */
    NEGATIVE_VALUE,
    /** The three age bands do not sum to {@code resident_population}. */
    AGE_SUM_MISMATCH,
    /** A date outside the month the submission reports on. */
    DATE_OUTSIDE_PERIOD,
    /** A resident ID that fails GB 11643-1999, or arrived as an Excel-mangled number. */
    INVALID_ID_NUMBER,
    /** Gender or birth date that disagrees with a valid resident ID. */
    ID_MISMATCH,
    /** A second valid row with the same {@code event_id} or {@code txn_id} in one file. */
    DUPLICATE_KEY,
    /** An amount that is empty, zero, signed, has an exponent, or more than 2 decimals. */
    BAD_AMOUNT,
    /** Two files with different content under the same community, dataset, period and submitted_at. */
    CONFLICTING_SUBMISSION
}
