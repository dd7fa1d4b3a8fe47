package commstat.server.funds;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/** A community's fund-rule flags of a year, by flag ({@code fund_flag_counts}), with its total. */
public record FlagCountRow(String communityCode, String communityName, String districtCode,
                           Map<String, Integer> byFlag, int total) {
    public FlagCountRow {
        requireNonNull(communityCode, "communityCode is null");
        byFlag = Map.copyOf(byFlag);
    }

    public int count(String flag) {
        return byFlag.getOrDefault(flag, 0);
    }
}
