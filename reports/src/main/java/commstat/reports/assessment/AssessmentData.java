package commstat.reports.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything the assessment documents of one year show, read once from the snapshot's marts. A class rather than a
 * record so that it can index the rows by community and district once: each of a city's thousands of documents asks
 * for its own rows, and a scan of every row per document made the assessment reports quadratic (110 s at scale 10
 * with nothing to render).
 */
public final class AssessmentData {
    private final int year;
    private final List<Score> scores;
    private final List<Indicator> indicators;
    private final List<Consequence> consequences;
    private final List<TrendMonth> trends;
    private final List<ReportingCell> reporting;
    private final Map<String, String> districtNames;
    private final Map<String, List<Score>> scoresByDistrict;
    private final Map<String, List<Indicator>> indicatorsByCommunity;
    private final Map<String, List<TrendMonth>> trendsByCommunity;
    private final Map<String, List<ReportingCell>> reportingByCommunity;

    public AssessmentData(int year, List<Score> scores, List<Indicator> indicators, List<Consequence> consequences,
                          List<TrendMonth> trends, List<ReportingCell> reporting, Map<String, String> districtNames) {
        this.year = year;
        this.scores = List.copyOf(scores);
        this.indicators = List.copyOf(indicators);
        this.consequences = List.copyOf(consequences);
        this.trends = List.copyOf(trends);
        this.reporting = List.copyOf(reporting);
        // sorted, not Map.copyOf: its text goes into the documents' input hashes, and Map.copyOf's order changes
        // from one JVM to the next (the city PDF was rendered again every night)
        this.districtNames = Collections.unmodifiableMap(new TreeMap<>(districtNames));
        this.scoresByDistrict = byKey(this.scores, Score::districtCode);
        this.indicatorsByCommunity = byKey(this.indicators, Indicator::communityCode);
        this.trendsByCommunity = byKey(this.trends, TrendMonth::communityCode);
        this.reportingByCommunity = byKey(this.reporting, ReportingCell::communityCode);
    }

    /** The rows grouped by key, each group in the rows' order. */
    private static <T> Map<String, List<T>> byKey(List<T> rows, Function<T, String> key) {
        Map<String, List<T>> groups = new HashMap<>();
        for (T row : rows) {
            groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return groups;
    }

    public int year() {
        return year;
    }

    public List<Score> scores() {
        return scores;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<Consequence> consequences() {
        return consequences;
    }

    public List<TrendMonth> trends() {
        return trends;
    }

    public List<ReportingCell> reporting() {
        return reporting;
    }

    public Map<String, String> districtNames() {
        return districtNames;
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
        return scoresByDistrict.getOrDefault(districtCode, List.of());
    }

    public List<Indicator> indicatorsOf(String communityCode) {
        return indicatorsByCommunity.getOrDefault(communityCode, List.of());
    }

    public List<TrendMonth> trendsOf(String communityCode) {
        return trendsByCommunity.getOrDefault(communityCode, List.of());
    }

    public List<ReportingCell> reportingOf(String communityCode) {
        return reportingByCommunity.getOrDefault(communityCode, List.of());
    }

    public String districtName(String districtCode) {
        return districtNames.getOrDefault(districtCode, districtCode);
    }
}
