package commstat.server.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One community's assessment of a year: its ranking line and, for whoever may see them, the indicators with
 * their explanation and the consequence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunityAssessment(String snapshot, int year, List<Integer> years, RankingRow ranking,
                                  List<IndicatorRow> indicators, Consequence consequence) {
    public CommunityAssessment {
        requireNonNull(snapshot, "snapshot is null");
        requireNonNull(ranking, "ranking is null");
        years = List.copyOf(years);
        indicators = indicators == null ? null : List.copyOf(indicators);
    }
}
