package commstat.server.funds;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** One community's funds of a year: its accounts' monthly balances and its flags. */
public record CommunityFunds(String snapshot, int year, String communityCode, String communityName,
                             String districtCode, String districtName, List<BalanceRow> balances,
                             List<FlagRow> flags) {
    public CommunityFunds {
        requireNonNull(snapshot, "snapshot is null");
        requireNonNull(communityCode, "communityCode is null");
        balances = List.copyOf(balances);
        flags = List.copyOf(flags);
    }
}
