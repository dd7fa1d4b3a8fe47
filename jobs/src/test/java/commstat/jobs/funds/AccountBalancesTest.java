package commstat.jobs.funds;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The balance rule without Spark: every calendar day counts, from the first month to the later of the last transaction and Y-12-31. */
class AccountBalancesTest {
    @Test
    void anOverdraftCarriedIntoAQuietMonthMakesThatMonthNegativeFromItsFirstDay() {
        List<AccountMonth> months = AccountBalances.series(List.of(in("2025-01-05", "100.00"), out("2025-02-10", "300.00")),
                null, null, 2025);
        assertThat(months).hasSize(12);
        assertThat(line(months.get(1))).isEqualTo("2025-02 100.00 0.00 300.00 -200.00 min -200.00 from 2025-02-10");
        assertThat(line(months.get(2))).isEqualTo("2025-03 -200.00 0.00 0.00 -200.00 min -200.00 from 2025-03-01");
        assertThat(line(months.get(11))).isEqualTo("2025-12 -200.00 0.00 0.00 -200.00 min -200.00 from 2025-12-01");
    }

    @Test
    void aMonthStartingBelowZeroIsNotNegativeWhenItsFirstDayEndsAboveZero() {
        List<AccountMonth> months = AccountBalances.series(
                List.of(out("2025-01-31", "50.00"), in("2025-02-01", "80.00")), null, null, 2025);
        assertThat(line(months.get(0))).isEqualTo("2025-01 0.00 0.00 50.00 -50.00 min -50.00 from 2025-01-31");
        assertThat(line(months.get(1))).isEqualTo("2025-02 -50.00 80.00 0.00 30.00 min 30.00 from null");
    }

    @Test
    void onlyTheEndOfADayCountsNotTheOrderWithinIt() {
        List<AccountMonth> months = AccountBalances.series(
                List.of(out("2025-03-10", "500.00"), in("2025-03-10", "500.00")), null, null, 2025);
        assertThat(months.get(0).isNegative()).isFalse();
        assertThat(line(months.get(0))).isEqualTo("2025-03 0.00 500.00 500.00 0.00 min 0.00 from null");
    }

    @Test
    void transactionsOnOrBeforeAsOfAreAlreadyInTheOpeningBalance() {
        List<AccountMonth> months = AccountBalances.series(List.of(in("2025-01-15", "5000.00"), out("2025-01-31", "40.00"),
                out("2025-02-01", "30.00")), new BigDecimal("100.00"), LocalDate.parse("2025-01-31"), 2025);
        assertThat(line(months.get(0))).isEqualTo("2025-01 100.00 0.00 0.00 100.00 min 100.00 from null");
        assertThat(months.get(0).txnCount()).isEqualTo(2);
        assertThat(line(months.get(1))).isEqualTo("2025-02 100.00 0.00 30.00 70.00 min 70.00 from null");
    }

    @Test
    void theSeriesEndsAtTheLaterOfTheLastTransactionAndYearEnd() {
        assertThat(AccountBalances.series(List.of(in("2024-06-03", "1.00")), null, null, 2025)).hasSize(19);
        List<AccountMonth> months = AccountBalances.series(List.of(in("2025-11-03", "1.00"), out("2026-02-03", "1.00")),
                null, null, 2025);
        assertThat(months).extracting(m -> m.month().toString()).containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
    }

    @Test
    void anAccountWithoutTransactionsHasNoSeries() {
        assertThatThrownBy(() -> AccountBalances.series(List.of(), null, null, 2025))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an account without transactions has no series");
    }

    private static String line(AccountMonth m) {
        return m.month() + " " + m.opening() + " " + m.income() + " " + m.spending() + " " + m.closing() + " min "
                + m.minBalance() + " from " + m.firstNegativeDay();
    }

    private static LedgerEntry in(String date, String amount) {
        return new LedgerEntry(LocalDate.parse(date), true, new BigDecimal(amount));
    }

    private static LedgerEntry out(String date, String amount) {
        return new LedgerEntry(LocalDate.parse(date), false, new BigDecimal(amount));
    }
}
