package commstat.jobs.funds;

import commstat.jobs.funds.TransactionRules.Flag;
import commstat.jobs.funds.TransactionRules.Registration;
import commstat.jobs.funds.TransactionRules.Txn;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TransactionRulesTest {
    private static final TransactionRules RULES = new TransactionRules(new BigDecimal("5000.00"), 3);
    private static final Map<String, List<Registration>> REGISTRATIONS = TransactionRules.byAccount(Map.of(
            "A1", List.of(new Registration("C1", LocalDate.of(2024, 1, 1), null)),
            "SHARED", List.of(new Registration("C3", null, null), new Registration("C2", null, null),
                    new Registration("C3", LocalDate.of(2020, 1, 1), null)),
            "OLD", List.of(new Registration("C1", LocalDate.of(2025, 3, 1), null),
                    new Registration("C1", null, LocalDate.of(2024, 12, 31)))));

    @Test
    void offBookNamesAnUnregisteredAccountTheCommunitiesOfAnotherOnesAccountAndEveryRegistrationADateMisses() {
        List<Flag> flags = RULES.flags(List.of(
                txn("T1", "X9", "2025-02-01", "IN", "200.00", "V1", "P", "boss"),
                txn("T2", "SHARED", "2025-02-02", "OUT", "12345.60", "V2", "P", "boss"),
                txn("T3", "OLD", "2025-02-03", "OUT", "1.00", "V3", "P", "boss"),
                txn("T4", "OLD", "2025-03-01", "OUT", "1.00", "V4", "P", "boss"),
                txn("T5", "A1", "2024-01-01", "IN", "1.00", "V5", "P", null)), REGISTRATIONS);

        assertThat(whys(flags, FundFlag.OFF_BOOK_ACCOUNT)).containsExactly(
                "T1 IN 200.00: account X9 is not a registered special account",
                "T2 OUT 12,345.60: account SHARED is registered to community C2, C3, not to C1",
                "T3 OUT 1.00: dated 2025-02-03, outside the registration of account OLD"
                        + " (opened ?, closed 2024-12-31; opened 2025-03-01, still open)");
    }

    @Test
    void anOutWithoutApproverOrWithSpacesOnlyMissesApprovalAnInDoesNot() {
        List<Flag> flags = RULES.flags(List.of(
                txn("T1", "A1", "2025-02-01", "OUT", "10.00", "V1", "P", null),
                txn("T2", "A1", "2025-02-01", "OUT", "10.00", "V2", "Q", "   "),
                txn("T3", "A1", "2025-02-01", "OUT", "10.00", "V3", "R", " boss "),
                txn("T4", "A1", "2025-02-01", "IN", "10.00", "V4", "S", null)), REGISTRATIONS);

        assertThat(whys(flags, FundFlag.MISSING_APPROVAL)).containsExactly(
                "T1 OUT 10.00 on voucher V1 has no approver", "T2 OUT 10.00 on voucher V2 has no approver");
    }

    @Test
    void aDuplicateIsALaterRepeatOnTheSameVoucherOrWithinTheWindowAndNamesItsNearestEarlierTwin() {
        List<Flag> flags = RULES.flags(List.of(
                txn("T1", "A1", "2025-01-01", "OUT", "300.00", "V1", "P", "boss"),
                txn("T2", "A1", "2025-01-03", "OUT", "300.00", "V2", "P", "boss"),  // 2 days after T1
                txn("T0", "A1", "2025-01-03", "OUT", "300.00", "V9", "P", "boss"),  // same day as T2, earlier txn_id
                txn("T3", "A1", "2025-06-30", "OUT", "300.00", "V1", "P", "boss"),  // T1's voucher, months later
                txn("T4", "A1", "2025-01-05", "OUT", "300.00", "V4", "Q", "boss"),  // another counterparty
                txn("T5", "A1", "2025-01-09", "OUT", "300.00", "V5", "P", "boss"),  // 6 days after the last
                txn("T6", "A1", "2025-01-02", "IN", "300.00", "V6", "P", "boss")), REGISTRATIONS);

        assertThat(whys(flags, FundFlag.DUPLICATE_PAYMENT)).containsExactlyInAnyOrder(
                "T0 OUT 300.00 repeats T1 of 2025-01-01 to the same counterparty (2 days apart, within 3)",
                "T2 OUT 300.00 repeats T0 of 2025-01-03 to the same counterparty (0 days apart, within 3)",
                "T3 OUT 300.00 repeats T1 of 2025-01-01 to the same counterparty (the same voucher V1)");
    }

    @Test
    void aMissingCounterpartyIsNeverADuplicate() {
        List<Flag> flags = RULES.flags(List.of(
                txn("T1", "A1", "2025-01-01", "OUT", "300.00", "V1", null, "boss"),
                txn("T2", "A1", "2025-01-02", "OUT", "300.00", "V1", null, "boss")), REGISTRATIONS);

        assertThat(whys(flags, FundFlag.DUPLICATE_PAYMENT)).isEmpty();
    }

    @Test
    void paymentsBelowTheThresholdOnOneDayToOneCounterpartyThatReachItTogetherAreSplits() {
        List<Flag> flags = RULES.flags(List.of(
                txn("T1", "A1", "2025-04-01", "OUT", "2500.00", "V1", "P", "boss"),
                txn("T2", "A2", "2025-04-01", "OUT", "2500.00", "V2", "P", "boss"),
                txn("T3", "A1", "2025-04-01", "OUT", "5000.00", "V3", "P", "boss"),  // at the threshold: not a part
                txn("T4", "A1", "2025-04-01", "OUT", "4999.99", "V4", "Q", "boss"),  // alone
                txn("T5", "A1", "2025-04-02", "OUT", "3000.00", "V5", null, "boss"),
                txn("T6", "A1", "2025-04-02", "OUT", "2000.00", "V6", null, "boss"),
                txn("T7", "A1", "2025-04-03", "OUT", "100.00", "V7", "R", "boss"),
                txn("T8", "A1", "2025-04-03", "OUT", "100.00", "V8", "R", "boss")), REGISTRATIONS);

        assertThat(whys(flags, FundFlag.SPLIT_PAYMENT)).containsExactly(
                "T1 OUT 2,500.00 is one of 2 payments below 5,000.00 to the same counterparty on 2025-04-01, together 5,000.00",
                "T2 OUT 2,500.00 is one of 2 payments below 5,000.00 to the same counterparty on 2025-04-01, together 5,000.00",
                "T5 OUT 3,000.00 is one of 2 payments below 5,000.00 to the same counterparty on 2025-04-02, together 5,000.00",
                "T6 OUT 2,000.00 is one of 2 payments below 5,000.00 to the same counterparty on 2025-04-02, together 5,000.00");
    }

    @Test
    void stringsCompareByCodePointAsSparkDidAndTrimmingRemovesSpacesOnly() {
        assertThat(TransactionRules.UTF8.compare("\uFFFF", "\uD83D\uDE00")).isNegative(); // U+FFFF before U+1F600
        assertThat("\uFFFF".compareTo("\uD83D\uDE00")).isPositive();                      // where UTF-16 order differs
        assertThat(TransactionRules.UTF8.compare("T1", "T10")).isNegative();
        assertThat(TransactionRules.UTF8.compare("T2", "T10")).isPositive();
        assertThat(TransactionRules.trimSpaces("  a\t ")).isEqualTo("a\t");
        assertThat(TransactionRules.money(new BigDecimal("-1234567.80"))).isEqualTo("-1,234,567.80");
        assertThat(TransactionRules.concat("a", null, "b")).isNull();
    }

    private static Txn txn(String id, String account, String date, String direction, String amount, String voucher,
                           String counterparty, String approvedBy) {
        return new Txn("C1", account, id, LocalDate.parse(date), direction, "OFFICE", new BigDecimal(amount), voucher,
                counterparty, approvedBy, "f.csv", 1);
    }

    private static List<String> whys(List<Flag> flags, FundFlag flag) {
        return flags.stream().filter(f -> f.flag() == flag).map(f -> f.txn().txnId() + " " + f.why()).toList();
    }
}
