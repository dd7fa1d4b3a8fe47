package commstat.server.funds;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The finance view of a year for a scope: flag counts per community, allocations and gaps. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FinanceOverview(String snapshot, int year, String districtCode, List<Integer> years,
                              List<String> flags, List<FlagCountRow> flagCounts, List<AllocationRow> allocations) {
    public FinanceOverview {
        requireNonNull(snapshot, "snapshot is null");
        years = List.copyOf(years);
        flags = List.copyOf(flags);
        flagCounts = List.copyOf(flagCounts);
        allocations = List.copyOf(allocations);
    }
}
