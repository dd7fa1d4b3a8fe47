package commstat.server.dashboard;

import static java.util.Objects.requireNonNull;

/** A month of {@code reporting_rates} summed over the datasets: expected, received, on time, late, missing. */
public record MonthlyReporting(String period, int expected, int received, int onTime, int late, int missing,
                               int notYetDue) {
    public MonthlyReporting {
        requireNonNull(period, "period is null");
    }
}
