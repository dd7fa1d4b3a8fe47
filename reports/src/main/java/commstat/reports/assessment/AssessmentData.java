package commstat.reports.assessment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Everything the assessment documents of one year show, read once from the snapshot's marts. */
public record AssessmentData(int year, List<Score> scores, List<Indicator> indicators,
                             List<Consequence> consequences, List<TrendMonth> trends, List<ReportingCell> reporting,
                             Map<String, String> districtNames) {

    public AssessmentData {
        scores = List.copyOf(scores);
        indicators = List.copyOf(indicators);
        consequences = List.copyOf(consequences);
        trends = List.copyOf(trends);
        reporting = List.copyOf(reporting);
        // sorted, not Map.copyOf: its text goes into the documents' input hashes, and Map.copyOf's order changes
        // from one JVM to the next (the city PDF was rendered again every night)
        districtNames = Collections.unmodifiableMap(new TreeMap<>(districtNames));
    }

    /** A row of {@code assessment_scores} with its {@code assessment_uncertainty} intervals (null when absent). */
    public record Score(String communityCode, String communityName, String streetCode, String districtCode,
                        BigDecimal score, String rating, int districtRank, int cityRank, int missingIndicators,
                        String uncertaintyClass, boolean fullyEmployed, Integer p05DistrictRank, Integer p95DistrictRank,
                        Integer p05CityRank, Integer p95CityRank, BigDecimal pBelowPass) {
        public Score {
            Objects.requireNonNull(communityCode, "communityCode is null");
            Objects.requireNonNull(districtCode, "districtCode is null for " + communityCode);
            Objects.requireNonNull(score, "score is null for " + communityCode);
            Objects.requireNonNull(rating, "rating is null for " + communityCode);
        }

        /** The name, or the code when the mart has no name. */
        public String displayName() {
            return communityName == null ? communityCode : communityName;
        }
    }

    /** A row of {@code assessment_indicators}. */
    public record Indicator(String communityCode, String indicator, BigDecimal weight, BigDecimal raw,
                            BigDecimal normalised, BigDecimal contribution, BigDecimal pointsLost, boolean missing,
                            String explanation) {
        public Indicator {
            Objects.requireNonNull(communityCode, "communityCode is null");
            Objects.requireNonNull(indicator, "indicator is null for " + communityCode);
        }
    }

    /** A row of {@code assessment_consequences}. */
    public record Consequence(String communityCode, String districtCode, int appliesToYear, String rating,
                              BigDecimal score, int fundsChangePct, int staffPayChangePct, boolean commendation,
                              String uncertaintyClass, boolean needsReview) {
    }

    /** One community-month of the statistics marts; null where the mart has no figure. */
    public record TrendMonth(String communityCode, String period, Integer residentPopulation,
                             Integer registeredUnemployed, Integer activeFloating) {
    }

    /** One community-month of {@code reporting_grid}: the worst status over the expected datasets. */
    public record ReportingCell(String communityCode, String period, String status) {
    }

    public List<Score> scoresOf(String districtCode) {
        return scores.stream().filter(s -> s.districtCode().equals(districtCode)).toList();
    }

    public List<Indicator> indicatorsOf(String communityCode) {
        return indicators.stream().filter(i -> i.communityCode().equals(communityCode)).toList();
    }

    public List<TrendMonth> trendsOf(String communityCode) {
        return trends.stream().filter(t -> t.communityCode().equals(communityCode)).toList();
    }

    public List<ReportingCell> reportingOf(String communityCode) {
        return reporting.stream().filter(r -> r.communityCode().equals(communityCode)).toList();
    }

    public String districtName(String districtCode) {
        return districtNames.getOrDefault(districtCode, districtCode);
    }
}
