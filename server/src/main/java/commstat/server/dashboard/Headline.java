package commstat.server.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * The headline figures of a dashboard for a year and unit; what a scope may not see is null (left out of the
 * JSON): ratings are public once published, the reporting and fund figures are the offices'.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Headline(Integer year, Integer communitiesAssessed, Map<String, Integer> ratings, Integer failsNeedingReview,
                       Integer expectedSubmissions, Integer onTimeSubmissions, Integer lateSubmissions,
                       Integer missingSubmissions, Integer fundFlags, Integer art14Required) {
    public Headline {
        ratings = ratings == null ? null : Map.copyOf(ratings);
    }

    public Integer rating(String r) {
        return ratings == null ? null : ratings.getOrDefault(r, 0);
    }
}
