package commstat.jobs.funds;

import java.util.Locale;

/**
 * The fund rules of funds.md, each with its weight in the assessment's {@code fund_anomaly_points}. The names
 * are the stable codes stored in {@code fund_flags.flag}.
 */
public enum FundFlag {
    OFF_BOOK_ACCOUNT(5),
    NEGATIVE_BALANCE(3),
    DUPLICATE_PAYMENT(2),
    SPLIT_PAYMENT(2),
    MISSING_APPROVAL(1),
    /** Judged per community and year in {@code fund_benford}, not per transaction; scores nothing. */
    BENFORD_NONCONFORMITY(0);

    private final int points;

    FundFlag(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    /** The flag's count column in {@code fund_anomaly_points}: {@code off_book_account_count}. */
    String countColumn() {
        return name().toLowerCase(Locale.ROOT) + "_count";
    }
}
