package commstat.jobs.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The month-by-month balance of one account (funds.md "Balances", "NEGATIVE_BALANCE"), in plain Java so the
 * rule is tested without Spark.
 *
 * <p>Every calendar day counts, but between two transaction days the balance does not move, so the day series
 * is never materialised: a month's lowest end-of-day balance is the lowest balance after one of its transaction
 * days, or the balance it opened with when its 1st has no transaction (that day, and maybe more, ends at it).
 */
final class AccountBalances {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private AccountBalances() {
    }

    /**
     * @param entries        the account's accepted transactions, any order, at least one
     * @param openingBalance the balance of {@code opening_balances.csv}, or null (then zero)
     * @param asOf           its date, or null; transactions dated on or before it are already in it
     * @param year           Y: the series runs to the later of the last transaction and Y-12-31
     */
    static List<AccountMonth> series(List<LedgerEntry> entries, BigDecimal openingBalance, LocalDate asOf, int year) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("an account without transactions has no series");
        }
        List<LedgerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(LedgerEntry::date));
        LocalDate last = sorted.get(sorted.size() - 1).date();
        LocalDate end = last.isAfter(LocalDate.of(year, 12, 31)) ? last : LocalDate.of(year, 12, 31);

        List<AccountMonth> months = new ArrayList<>();
        BigDecimal balance = openingBalance == null ? ZERO : openingBalance.setScale(2);
        int next = 0;
        for (YearMonth m = YearMonth.from(sorted.get(0).date()); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            BigDecimal opening = balance;
            BigDecimal income = ZERO;
            BigDecimal spending = ZERO;
            BigDecimal min = null;
            LocalDate firstNegative = null;
            int count = 0;
            if (next == sorted.size() || !sorted.get(next).date().equals(m.atDay(1))) {
                min = balance; // the 1st ends at the opening balance
                firstNegative = balance.signum() < 0 ? m.atDay(1) : null;
            }
            while (next < sorted.size() && YearMonth.from(sorted.get(next).date()).equals(m)) {
                LocalDate day = sorted.get(next).date();
                while (next < sorted.size() && sorted.get(next).date().equals(day)) {
                    LedgerEntry e = sorted.get(next++);
                    count++;
                    if (asOf != null && !e.date().isAfter(asOf)) {
                        continue; // already in the opening balance
                    }
                    if (e.isIncome()) {
                        income = income.add(e.amount());
                        balance = balance.add(e.amount());
                    } else {
                        spending = spending.add(e.amount());
                        balance = balance.subtract(e.amount());
                    }
                }
                min = min == null || balance.compareTo(min) < 0 ? balance : min;
                if (firstNegative == null && balance.signum() < 0) {
                    firstNegative = day;
                }
            }
            months.add(new AccountMonth(m, opening, income, spending, balance, min, firstNegative, count));
        }
        return months;
    }
}
