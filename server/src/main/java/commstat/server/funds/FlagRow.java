package commstat.server.funds;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/** A row of {@code fund_flags} with the community's names; never a counterparty's name (the mart has none). */
public record FlagRow(String communityCode, String communityName, String districtCode, String accountNo,
                      String txnId, String txnDate, String month, int year, String flag, BigDecimal amountCny,
                      String why, String sourceFile, Integer line) {
    public FlagRow {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(flag, "flag is null");
        requireNonNull(amountCny, "amountCny is null");
    }
}
