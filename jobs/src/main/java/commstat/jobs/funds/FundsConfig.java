package commstat.jobs.funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The thresholds of the fund rules (funds.md), each with its default. Checked once: every problem is
 * reported in one message.
 *
 * @param approvalThreshold    an OUT at or above it needs approval; SPLIT_PAYMENT sums OUTs below it (CNY)
 * @param largePaymentThreshold a disclosure lists OUTs at or above it (CNY); carried for the disclosure stage
 * @param duplicateWindowDays  DUPLICATE_PAYMENT: a repeat dated at most this many days after its twin
 * @param withheldGapShare     a withheld gap above this share of the allocation is flagged (0.01 = 1%)
 * @param benfordMinCount      Benford is judged only with at least this many OUT amounts of 10.00 or more
 * @param benfordMaxMad        Benford: a mean absolute deviation above this is non-conforming
 */
public record FundsConfig(BigDecimal approvalThreshold, BigDecimal largePaymentThreshold, int duplicateWindowDays,
                          BigDecimal withheldGapShare, int benfordMinCount, double benfordMaxMad) {
    public static final BigDecimal DEFAULT_APPROVAL_THRESHOLD = new BigDecimal("5000.00");
    public static final BigDecimal DEFAULT_LARGE_PAYMENT_THRESHOLD = new BigDecimal("1000.00");
    public static final int DEFAULT_DUPLICATE_WINDOW_DAYS = 3;
    public static final BigDecimal DEFAULT_WITHHELD_GAP_SHARE = new BigDecimal("0.01");
    public static final int DEFAULT_BENFORD_MIN_COUNT = 300;
    public static final double DEFAULT_BENFORD_MAX_MAD = 0.015;

    public FundsConfig {
        requireNonNull(approvalThreshold, "approvalThreshold is null");
        requireNonNull(largePaymentThreshold, "largePaymentThreshold is null");
        requireNonNull(withheldGapShare, "withheldGapShare is null");
        List<String> problems = new ArrayList<>();
        checkMoney("approval threshold", approvalThreshold, problems);
        checkMoney("large-payment threshold", largePaymentThreshold, problems);
        if (duplicateWindowDays < 0) {
            problems.add("duplicate window must be 0 days or more, got " + duplicateWindowDays);
        }
        if (withheldGapShare.signum() < 0 || withheldGapShare.compareTo(BigDecimal.ONE) > 0) {
            problems.add("withheld gap share must be between 0 and 1, got " + withheldGapShare.toPlainString());
        }
        if (benfordMinCount < 1) {
            problems.add("Benford minimum count must be 1 or more, got " + benfordMinCount);
        }
        if (!(benfordMaxMad >= 0 && benfordMaxMad <= 1)) {
            problems.add("Benford MAD limit must be between 0 and 1, got " + benfordMaxMad);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("funds configuration: " + String.join("; ", problems));
        }
        approvalThreshold = approvalThreshold.setScale(2);
        largePaymentThreshold = largePaymentThreshold.setScale(2);
    }

    public static FundsConfig defaults() {
        return new FundsConfig(DEFAULT_APPROVAL_THRESHOLD, DEFAULT_LARGE_PAYMENT_THRESHOLD, DEFAULT_DUPLICATE_WINDOW_DAYS,
                DEFAULT_WITHHELD_GAP_SHARE, DEFAULT_BENFORD_MIN_COUNT, DEFAULT_BENFORD_MAX_MAD);
    }

    private static void checkMoney(String what, BigDecimal value, List<String> problems) {
        if (value.signum() <= 0) {
            problems.add(what + " must be above zero, got " + value.toPlainString());
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(what + " has more than 2 decimals: " + value.toPlainString());
        }
    }
}
