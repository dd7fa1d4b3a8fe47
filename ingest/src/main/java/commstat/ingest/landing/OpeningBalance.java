package commstat.ingest.landing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** An account's balance when the product took it on, a row of {@code opening_balances.csv}; CNY, scale 2. */
public record OpeningBalance(String accountNo, String communityCode, LocalDate asOf, BigDecimal balanceCny)
        implements Serializable {
    public OpeningBalance {
        requireNonNull(accountNo, "accountNo is null");
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(balanceCny, "balanceCny is null");
    }
}
