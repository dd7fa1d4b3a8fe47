package commstat.server.funds;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/**
 * A unit's year of Art. 6 ({@code art6_allocations}) and Art. 7 ({@code withheld_funds}) side by side: required,
 * allocated, shortfall; received and the gap. {@code unitName} is the district's name (null for the city).
 */
public record AllocationRow(int year, String level, String unitCode, String unitName,
                            BigDecimal fiscalIncomeIncreaseCny, BigDecimal requiredCny, BigDecimal allocatedCny,
                            Boolean isCompliant, BigDecimal shortfallCny, BigDecimal receivedCny, BigDecimal gapCny,
                            Boolean isFlagged) {
    public AllocationRow {
        requireNonNull(level, "level is null");
        requireNonNull(unitCode, "unitCode is null");
    }
}
