package commstat.jobs.statistics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When a housing area needs its own committee (Art. 14): at least {@code minHousingUnits} units and an
 * occupancy strictly above {@code requiredOccupancyAbove}; strictly above {@code approachingOccupancyAbove}
 * it is approaching. Both compared exactly.
 */
public record Art14Thresholds(int minHousingUnits, BigDecimal requiredOccupancyAbove, BigDecimal approachingOccupancyAbove) {
    public Art14Thresholds {
        Objects.requireNonNull(requiredOccupancyAbove, "requiredOccupancyAbove is null");
        Objects.requireNonNull(approachingOccupancyAbove, "approachingOccupancyAbove is null");
    }
}
