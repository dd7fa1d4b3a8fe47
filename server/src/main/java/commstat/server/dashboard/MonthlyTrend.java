package commstat.server.dashboard;

import static java.util.Objects.requireNonNull;

/**
 * A community's month: resident population (null when not reported), registered unemployed and active floating
 * residents (null when the community has no such row).
 */
public record MonthlyTrend(String period, Integer residentPopulation, Integer registeredUnemployed,
                           Integer activeFloating) {
    public MonthlyTrend {
        requireNonNull(period, "period is null");
    }
}
