package commstat.jobs.assessment;

import commstat.jobs.assessment.AssessmentScheme.IndicatorRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemeLoaderTest {
    @Test
    void theDefaultSchemeIsTheOneOfAssessmentMd() {
        AssessmentScheme s = SchemeLoader.loadDefault();
        Map<String, String> rules = s.indicators().stream().collect(Collectors.toMap(r -> r.indicator().code(),
                r -> plain(r.weight()) + " " + plain(r.worst()) + " " + plain(r.best()),
                (a, b) -> a, java.util.LinkedHashMap::new));
        assertThat(rules).containsExactly(
                Map.entry("completeness", "0.15 0.5 1"),
                Map.entry("timeliness", "0.1 0.5 1"),
                Map.entry("data_quality", "0.1 0.9 1"),
                Map.entry("unemployment_rate", "0.15 0.1 0.02"),
                Map.entry("placement_rate", "0.1 0.2 0.8"),
                Map.entry("zero_household_clearance", "0.1 0.5 1"),
                Map.entry("fund_anomaly_points", "0.15 10 0"),
                Map.entry("safety_incidents_per_1000", "0.05 5 0"),
                Map.entry("satisfaction", "0.05 60 95"),
                Map.entry("street_evaluation", "0.05 60 95"));
        assertThat(s.ratingBands()).extracting(b -> b.rating() + " " + b.minScore().toPlainString())
                .containsExactly("EXCELLENT 85", "GOOD 70", "PASS 60");
        assertThat(s.failRating()).isEqualTo("FAIL");
        assertThat(s.passMark()).isEqualByComparingTo("60");
        assertThat(s.consequences()).containsExactly(
                new AssessmentScheme.Consequence("FAIL", -10, -5, false),
                new AssessmentScheme.Consequence("EXCELLENT", 0, 0, true));
        assertThat(s.clearanceDays()).isEqualTo(30);
        assertThat(s.fullyEmployed().maxUnemploymentRate()).isEqualByComparingTo("0.03");
        assertThat(s.fullyEmployed().minZeroHouseholdClearance()).isEqualByComparingTo("1");
        assertThat(s.fullyEmployed().minPlacementRate()).isEqualByComparingTo("0.6");
        assertThat(s.art14().minHousingUnits()).isEqualTo(1000);
        assertThat(s.art14().requiredOccupancyAbove()).isEqualByComparingTo("0.5");
        assertThat(s.art14().approachingOccupancyAbove()).isEqualByComparingTo("0.4");
        assertThat(s.monteCarlo().runs()).isEqualTo(1000);
        assertThat(s.monteCarlo().seed()).isEqualTo(20250033L);
        assertThat(s.monteCarlo().factorMin()).isEqualByComparingTo("0.75");
        assertThat(s.monteCarlo().factorMax()).isEqualByComparingTo("1.25");
        assertThat(s.monteCarlo().robustFailProbability()).isEqualByComparingTo("0.95");
        assertThat(s.monteCarlo().atRiskProbability()).isEqualByComparingTo("0.05");
    }

    @Test
    void weightsAreReadExactlyNotAsDoubles() {
        BigDecimal sum = SchemeLoader.loadDefault().indicators().stream().map(IndicatorRule::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void ratingUsesTheScoreAsShown() {
        AssessmentScheme s = SchemeLoader.loadDefault();
        assertThat(s.rating(new BigDecimal("85.00"))).isEqualTo("EXCELLENT");
        assertThat(s.rating(new BigDecimal("84.99"))).isEqualTo("GOOD");
        assertThat(s.rating(new BigDecimal("60.00"))).isEqualTo("PASS");
        assertThat(s.rating(new BigDecimal("59.99"))).isEqualTo("FAIL");
        // 84.995 exactly is shown as 85.00 (half up), so it is EXCELLENT
        assertThat(s.rating(Fraction.parse("16999/200").toDecimal(2))).isEqualTo("EXCELLENT");
    }

    @Test
    void everyProblemOfABadSchemeIsListedAtOnce() throws IOException {
        String bad = resource("scheme_with_problems.json");
        assertThatThrownBy(() -> SchemeLoader.parse(bad.getBytes(StandardCharsets.UTF_8), "scheme_with_problems.json"))
                .isInstanceOf(SchemeException.class)
                .satisfies(e -> assertThat(((SchemeException) e).problems()).containsExactlyInAnyOrder(
                        "indicators[1]: unknown indicator 'happiness' (known: completeness, timeliness, data_quality, "
                                + "unemployment_rate, placement_rate, zero_household_clearance, fund_anomaly_points, "
                                + "safety_incidents_per_1000, satisfaction, street_evaluation)",
                        "indicators[2]: worst = best = 0.5 for data_quality (the goalposts must differ)",
                        "indicators[3]: indicator completeness is listed twice",
                        "unknown key 'indicators[3].wieght'",
                        "indicators[3].weight is missing or not a number",
                        "the weights sum to 0.95, not exactly 1",
                        "rating_bands[1]: min_score 90 must be below the band before it (85); list bands from the best down",
                        "consequences[0]: unknown rating FAILED",
                        "monte_carlo.runs must be ≥ 1, not 0",
                        "art14.approaching_occupancy_above (0.6) must not exceed required_occupancy_above (0.5)"))
                .hasMessageStartingWith("assessment scheme scheme_with_problems.json has 10 problems:\n  - ");
    }

    @Test
    void invalidJsonIsOneProblem() {
        assertThatThrownBy(() -> SchemeLoader.parse("{ \"indicators\": [".getBytes(StandardCharsets.UTF_8), "x.json"))
                .isInstanceOf(SchemeException.class)
                .hasMessageContaining("x.json has 1 problem")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void anOfficeMayDropAnIndicatorWhenTheWeightsStillSumToOne() throws IOException {
        AssessmentScheme s = SchemeLoader.parse(resource("scheme_without_funds.json").getBytes(StandardCharsets.UTF_8), "t");
        assertThat(s.indicators()).extracting(r -> r.indicator().code())
                .containsExactly("completeness", "timeliness", "unemployment_rate");
        assertThat(s.rulesByIndicator()).doesNotContainKey(Indicator.FUND_ANOMALY_POINTS);
        assertThat(List.of(s.ratings().toArray())).containsExactly("GOOD", "FAIL");
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SchemeLoaderTest.class.getResourceAsStream("/assessment/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
