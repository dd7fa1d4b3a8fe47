package commstat.jobs.disclosure;

import commstat.jobs.disclosure.AccountQuarters.Span;
import commstat.jobs.disclosure.AccountQuarters.Txn;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountQuartersTest {
    private static final Span Q1 = new Span(2025, 1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
    private static final Span Q2 = new Span(2025, 2, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 31);

    @Test
    void anOpeningBalanceHoldsTheTransactionsUpToItsDateAndLaterOnesMoveIt() {
        BigDecimal balance = new BigDecimal("100.00");
        List<Txn> txns = List.of(
                txn("A1", "2025-01-15", "IN", "DONATION", "40.00", AS_OF, balance),  // inside the opening balance
                txn("A1", "2025-02-10", "IN", "CITY_ALLOCATION", "500.00", AS_OF, balance),
                txn("A1", "2025-03-01", "OUT", "STAFF", "120.50", AS_OF, balance),
                txn("A1", "2025-04-02", "OUT", "OFFICE", "79.50", AS_OF, balance));

        List<String> rows = lines(AccountQuarters.rows("C1", List.of(Q2, Q1), txns));

        assertThat(rows).containsExactly(
                "2025Q1 A1 open 100.00 city 500.00 donation 0.00 staff 120.50 office 0.00 in 500.00 out 120.50 close 479.50 true",
                "2025Q1 TOTAL open 100.00 city 500.00 donation 0.00 staff 120.50 office 0.00 in 500.00 out 120.50 close 479.50 true",
                "2025Q2 A1 open 479.50 city 0.00 donation 0.00 staff 0.00 office 79.50 in 0.00 out 79.50 close 400.00 true",
                "2025Q2 TOTAL open 479.50 city 0.00 donation 0.00 staff 0.00 office 79.50 in 0.00 out 79.50 close 400.00 true");
    }

    @Test
    void anAccountAppearsFromTheQuarterOfItsFirstTransactionAndTheTotalAddsTheAccountsUp() {
        List<Txn> txns = List.of(
                txn("A2", "2025-05-20", "IN", "DONATION", "10.00", null, null),
                txn("A1", "2025-02-01", "IN", "DONATION", "1.00", null, null));

        List<String> rows = lines(AccountQuarters.rows("C1", List.of(Q1, Q2), txns));

        assertThat(rows).containsExactly(
                "2025Q1 A1 open 0.00 city 0.00 donation 1.00 staff 0.00 office 0.00 in 1.00 out 0.00 close 1.00 true",
                "2025Q1 TOTAL open 0.00 city 0.00 donation 1.00 staff 0.00 office 0.00 in 1.00 out 0.00 close 1.00 true",
                "2025Q2 A1 open 1.00 city 0.00 donation 0.00 staff 0.00 office 0.00 in 0.00 out 0.00 close 1.00 true",
                "2025Q2 A2 open 0.00 city 0.00 donation 10.00 staff 0.00 office 0.00 in 10.00 out 0.00 close 10.00 true",
                "2025Q2 TOTAL open 1.00 city 0.00 donation 10.00 staff 0.00 office 0.00 in 10.00 out 0.00 close 11.00 true");
    }

    @Test
    void aCommunityWithoutTransactionsGetsAZeroTotalAndOneWithoutQuartersNothing() {
        assertThat(lines(AccountQuarters.rows("C1", List.of(Q1), List.of()))).containsExactly(
                "2025Q1 TOTAL open 0.00 city 0.00 donation 0.00 staff 0.00 office 0.00 in 0.00 out 0.00 close 0.00 true");
        assertThat(AccountQuarters.rows("C1", List.of(), List.of(txn("A1", "2025-02-01", "IN", "DONATION", "1.00", null, null))))
                .isEmpty();
    }

    @Test
    void anItemOfTheWrongDirectionMovesTheLedgerButNoItemSoTheQuarterDoesNotReconcile() {
        List<Txn> txns = List.of(txn("A1", "2025-02-01", "OUT", "DONATION", "5.00", null, null));

        assertThat(lines(AccountQuarters.rows("C1", List.of(Q1), txns))).allSatisfy(line ->
                assertThat(line).endsWith("in 0.00 out 0.00 close 0.00 false"));
    }

    @Test
    void aSumPastEighteenDigitsIsAnErrorNotANumber() {
        List<Txn> txns = List.of(
                txn("A1", "2025-02-01", "IN", "DONATION", "9999999999999999.99", null, null),
                txn("A1", "2025-02-02", "IN", "DONATION", "0.01", null, null));

        assertThatThrownBy(() -> AccountQuarters.rows("C1", List.of(Q1), txns))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DECIMAL(18,2)");
    }

    private static Txn txn(String account, String date, String direction, String item, String amount, LocalDate asOf,
                           BigDecimal opening) {
        return new Txn(account, LocalDate.parse(date), direction, item, new BigDecimal(amount), asOf, opening);
    }

    private static List<String> lines(List<Row> rows) {
        return rows.stream().map(r -> r.getInt(1) + "Q" + r.getInt(2) + " " + r.getString(3)
                + " open " + get(r, "opening_cny") + " city " + get(r, "income_city_allocation_cny")
                + " donation " + get(r, "income_donation_cny") + " staff " + get(r, "spending_staff_cny")
                + " office " + get(r, "spending_office_cny") + " in " + get(r, "income_cny")
                + " out " + get(r, "spending_cny") + " close " + get(r, "closing_cny") + " " + get(r, "is_reconciled"))
                .toList();
    }

    private static Object get(Row r, String column) {
        return r.get(AccountQuarters.SCHEMA.fieldIndex(column));
    }
}
