package commstat.jobs.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static java.util.Objects.requireNonNull;

/**
 * One row of {@code fund_balances_monthly}: an account's month. {@code firstNegativeDay} is the first day whose
 * end-of-day balance is below zero, null when none is.
 */
record AccountMonth(YearMonth month, BigDecimal opening, BigDecimal income, BigDecimal spending, BigDecimal closing,
                    BigDecimal minBalance, LocalDate firstNegativeDay, int txnCount) {
    AccountMonth {
        requireNonNull(month, "month is null");
        requireNonNull(opening, "opening is null");
        requireNonNull(income, "income is null");
        requireNonNull(spending, "spending is null");
        requireNonNull(closing, "closing is null");
        requireNonNull(minBalance, "minBalance is null");
    }

    boolean isNegative() {
        return minBalance.signum() < 0;
    }
}
