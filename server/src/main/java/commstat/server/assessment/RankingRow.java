package commstat.server.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/**
 * A community's line in a ranking. Rating and ranks are public once the year is published; the score, the
 * missing-indicator count and the Monte Carlo rank intervals are null (and left out of the JSON) for whoever
 * may not see them ({@link #publicView()}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RankingRow(int year, String communityCode, String communityName, String streetCode, String streetName,
                         String districtCode, String districtName, String rating, int districtRank, int cityRank,
                         BigDecimal score, Integer missingIndicators, Boolean isFullyEmployed,
                         String uncertaintyClass, Integer medianDistrictRank, Integer p05DistrictRank,
                         Integer p95DistrictRank, Integer medianCityRank, Integer p05CityRank, Integer p95CityRank,
                         BigDecimal pBelowPass) {
    public RankingRow {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(districtCode, "districtCode is null");
        requireNonNull(rating, "rating is null");
    }

    /** What the public sees: who, where, rating and ranks. */
    public RankingRow publicView() {
        return new RankingRow(year, communityCode, communityName, streetCode, streetName, districtCode, districtName,
                rating, districtRank, cityRank, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The row shows the detail (score, intervals). */
    public boolean hasDetail() {
        return score != null;
    }

    public boolean hasInterval() {
        return p05DistrictRank != null;
    }
}
