package commstat.server.funds;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/** An account's month of {@code fund_balances_monthly}: opening + income − spending = closing. */
public record BalanceRow(String communityCode, String accountNo, String month, BigDecimal openingCny,
                         BigDecimal incomeCny, BigDecimal spendingCny, BigDecimal closingCny,
                         BigDecimal minBalanceCny, boolean isNegative, String firstNegativeDay, int txnCount) {
    public BalanceRow {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(accountNo, "accountNo is null");
        requireNonNull(month, "month is null");
    }
}
