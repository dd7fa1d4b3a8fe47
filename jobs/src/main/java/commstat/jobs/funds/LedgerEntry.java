package commstat.jobs.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** One accepted transaction as the balance needs it: its date and signed effect (IN positive, OUT negative). */
record LedgerEntry(LocalDate date, boolean isIncome, BigDecimal amount) {
    LedgerEntry {
        requireNonNull(date, "date is null");
        requireNonNull(amount, "amount is null");
    }
}
