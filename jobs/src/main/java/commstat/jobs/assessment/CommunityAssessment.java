package commstat.jobs.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One assessed community's result for a year: the indicators in scheme order, the exact score, the score as
 * shown (half up, 2 decimals), and the rating and ranks, which use the score as shown.
 */
public record CommunityAssessment(
        Community community,
        List<IndicatorResult> indicators,
        Fraction scoreExact,
        BigDecimal score,
        String rating,
        int districtRank,
        int cityRank) {

    public CommunityAssessment {
        Objects.requireNonNull(community, "community is null");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(scoreExact, "scoreExact is null");
        Objects.requireNonNull(score, "score is null");
        Objects.requireNonNull(rating, "rating is null");
    }

    public IndicatorResult indicator(Indicator indicator) {
        return indicators.stream().filter(i -> i.indicator() == indicator).findFirst().orElse(null);
    }

    public long missingCount() {
        return indicators.stream().filter(IndicatorResult::missing).count();
    }
}
