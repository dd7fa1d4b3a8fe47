package commstat.ingest.landing;

import java.io.Serializable;
import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/** An Art. 6 row of {@code fiscal_allocations.csv}: {@code level} is {@code CITY} or {@code DISTRICT}; CNY, scale 2. */
public record FiscalAllocation(int year, String level, String unitCode, BigDecimal fiscalIncomeIncreaseCny,
                               BigDecimal communityFundsAllocatedCny) implements Serializable {
    public FiscalAllocation {
        requireNonNull(level, "level is null");
        requireNonNull(unitCode, "unitCode is null");
        requireNonNull(fiscalIncomeIncreaseCny, "fiscalIncomeIncreaseCny is null");
        requireNonNull(communityFundsAllocatedCny, "communityFundsAllocatedCny is null");
    }
}
