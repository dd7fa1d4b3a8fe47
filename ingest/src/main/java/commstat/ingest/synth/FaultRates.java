package commstat.ingest.synth;

/**
 * Every rate the generator plants, in one place; docs/GENERATOR.md lists the same numbers and the tests check the
 * realised rates against them. Row rates are per data row of a first submission; file rates per submission.
 */
final class FaultRates {
    private FaultRates() {
    }

    // Formats (a community's habit; each file keeps the habit with FORMAT_HABIT_KEPT, else draws anew).
    static final double[] FORMAT_WEIGHTS = {0.55, 0.08, 0.10, 0.15, 0.12}; // SubmissionFormat order
    static final double FORMAT_HABIT_KEPT = 0.85;
    static final double CHINESE_HEADER_COMMUNITIES = 0.30;

    // Submission timing and completeness.
    static final double LATE_RATE = 0.04;
    static final double LATE_PRONE_COMMUNITIES = 0.10;
    static final double LATE_RATE_PRONE = 0.40;
    static final double DEADLINE_EDGE = 0.003; // each: exactly 10th 23:59:59 (on time) and 11th 00:00:00 (late)
    static final double MISSING_MONTH = 0.015;
    static final double LAPSE_COMMUNITIES = 0.02;
    static final double RESUBMISSION = 0.04;
    static final double CONFLICT = 0.003;
    static final double DUPLICATE_FILE = 0.003;
    static final double UNREADABLE = 0.003; // split: truncated XLSX 50%, binary junk 33%, empty 17%
    static final double UNREADABLE_THEN_RESENT = 0.7;
    static final double BAD_FILE_NAME_COMMUNITIES = 1.0 / 30;
    static final double UNKNOWN_COMMUNITY_COMMUNITIES = 1.0 / 50;

    // File-level shape.
    static final double SHUFFLED_COLUMNS = 0.15;
    static final double EXTRA_COLUMN = 0.05;
    static final double NAME_COLUMN = 0.10;
    static final double PADDED_HEADERS = 0.03;
    static final double YUAN_AMOUNTS = 0.10;
    static final double NUMERIC_ID_XLSX = 0.05;
    static final double MISSING_COLUMN = 0.003;
    static final double DUPLICATE_COLUMN = 0.001;
    static final double UPPER_CASE_EXTENSION = 0.003;

    // Row faults (rejected rows), per row.
    static final double BAD_ID_CHECKSUM = 0.004;
    static final double EXCEL_MANGLED_ID = 0.002;
    static final double GENDER_MISMATCH = 0.004;
    static final double BIRTH_DATE_MISMATCH = 0.004;
    static final double BAD_GENDER = 0.001;
    static final double DATE_OUTSIDE_PERIOD = 0.004;
    static final double REGISTERED_AFTER_PERIOD = 0.002;
    static final double DEPARTED_BEFORE_REGISTERED = 0.001;
    static final double BAD_DATE = 0.002;
    static final double BAD_CODE = 0.003;
    static final double ITEM_DIRECTION_MISMATCH = 0.002;
    static final double BAD_ORIGIN_REGION = 0.001;
    static final double BAD_AMOUNT = 0.005;
    static final double DUPLICATE_KEY = 0.004;

    // Population file faults, per population file.
    static final double AGE_SUM_MISMATCH = 0.02;
    static final double NEGATIVE_VALUE = 0.003;
    static final double LOW_INCOME_OVER_HOUSEHOLDS = 0.003;
    static final double ELDERLY_ALONE_OVER_60 = 0.002;
    static final double BAD_INT = 0.003;
    static final double ROW_COUNT = 0.003;

    // Fund-rule triggers (accepted rows, flagged by the product).
    static final double MISSING_APPROVAL = 0.01;
    static final double SLOPPY_APPROVAL_COMMUNITIES = 0.05;
    static final double MISSING_APPROVAL_SLOPPY = 0.25;
    static final int OFF_BOOK_EVERY_NTH_COMMUNITY = 25; // exactly 4%, by index (see CityLayout)
    static final int CLOSED_IN_USE_EVERY_NTH_COMMUNITY = 40; // 2.5% by index, plus 15% × 50% of second accounts
    static final double CLOSED_ACCOUNT_STILL_USED = 0.5;
    static final double NEGATIVE_BALANCE_COMMUNITIES = 0.03;
    static final double DUPLICATE_PAYMENT = 0.006;
    static final double SPLIT_PAYMENT_COMMUNITIES = 0.08;
    static final double SPLIT_NEAR_MISS_COMMUNITIES = 0.06;

    static SubmissionFormat pickFormat(SynthRandom random) {
        return SubmissionFormat.values()[random.weighted(FORMAT_WEIGHTS)];
    }
}
