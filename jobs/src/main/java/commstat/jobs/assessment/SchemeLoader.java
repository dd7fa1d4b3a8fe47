package commstat.jobs.assessment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.jobs.assessment.AssessmentScheme.Consequence;
import commstat.jobs.assessment.AssessmentScheme.FullyEmployedRule;
import commstat.jobs.assessment.AssessmentScheme.IndicatorRule;
import commstat.jobs.assessment.AssessmentScheme.MonteCarlo;
import commstat.jobs.assessment.AssessmentScheme.RatingBand;
import commstat.jobs.statistics.Art14Thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code assessment-scheme.json} (the classpath default or an office's own file) and checks it once,
 * collecting every problem before failing with the whole list, so an office fixes its file in one go.
 */
public final class SchemeLoader {
    public static final String DEFAULT_RESOURCE = "/assessment-scheme.json";

    private static final Set<String> TOP_KEYS = Set.of("format_version", "description", "indicators", "rating_bands",
            "fail_rating", "consequences", "zero_household_clearance_days", "fully_employed", "art14", "monte_carlo");

    private final List<String> problems = new ArrayList<>();

    private SchemeLoader() {
    }

    /** The scheme shipped with the product (assessment.md). */
    public static AssessmentScheme loadDefault() {
        try (InputStream in = SchemeLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default scheme " + DEFAULT_RESOURCE + " is not on the classpath");
            }
            return parse(in.readAllBytes(), "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default scheme", e);
        }
    }

    public static AssessmentScheme load(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new SchemeException(file.toString(), List.of("cannot read the file: " + e.getMessage()));
        }
    }

    public static AssessmentScheme parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
        } catch (IOException e) {
            throw new SchemeException(source, List.of("not valid JSON: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new SchemeException(source, List.of("the top level must be a JSON object"));
        }
        SchemeLoader loader = new SchemeLoader();
        AssessmentScheme scheme = loader.read(root);
        if (!loader.problems.isEmpty()) {
            throw new SchemeException(source, loader.problems);
        }
        return scheme;
    }

    private AssessmentScheme read(JsonNode root) {
        unknownKeys(root, TOP_KEYS, "");
        JsonNode version = root.get("format_version");
        if (version != null && version.asInt(-1) != 1) {
            problems.add("format_version " + version + " is not supported (1 is)");
        }
        List<IndicatorRule> indicators = indicators(root.get("indicators"));
        List<RatingBand> bands = bands(root.get("rating_bands"));
        String failRating = text(root, "fail_rating", "");
        if (failRating != null && bands.stream().anyMatch(b -> b.rating().equals(failRating))) {
            problems.add("fail_rating " + failRating + " is also a rating band");
        }
        Set<String> ratings = new HashSet<>();
        bands.forEach(b -> ratings.add(b.rating()));
        if (failRating != null) {
            ratings.add(failRating);
        }
        List<Consequence> consequences = consequences(root.get("consequences"), ratings);
        Integer days = integer(root, "zero_household_clearance_days", "");
        if (days != null && days < 0) {
            problems.add("zero_household_clearance_days must be ≥ 0, not " + days);
        }
        FullyEmployedRule fully = fullyEmployed(object(root, "fully_employed", ""));
        Art14Thresholds art14 = art14(object(root, "art14", ""));
        MonteCarlo mc = monteCarlo(object(root, "monte_carlo", ""));
        if (!problems.isEmpty()) {
            return null;
        }
        return new AssessmentScheme(indicators, bands, failRating, consequences, days, fully, art14, mc);
    }

    private List<IndicatorRule> indicators(JsonNode node) {
        List<IndicatorRule> rules = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add("indicators must be a non-empty array");
            return rules;
        }
        Set<Indicator> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            String where = "indicators[" + i + "]";
            if (!n.isObject()) {
                problems.add(where + " must be an object");
                continue;
            }
            unknownKeys(n, Set.of("code", "weight", "worst", "best"), where + ".");
            String code = text(n, "code", where + ".");
            BigDecimal weight = decimal(n, "weight", where + ".");
            BigDecimal worst = decimal(n, "worst", where + ".");
            BigDecimal best = decimal(n, "best", where + ".");
            Indicator indicator = null;
            if (code != null) {
                indicator = Indicator.fromCode(code).orElse(null);
                if (indicator == null) {
                    problems.add(where + ": unknown indicator '" + code + "' (known: "
                            + String.join(", ", java.util.Arrays.stream(Indicator.values()).map(Indicator::code).toList()) + ")");
                } else if (!seen.add(indicator)) {
                    problems.add(where + ": indicator " + code + " is listed twice");
                }
            }
            if (weight != null) {
                if (weight.signum() <= 0) {
                    problems.add(where + ": weight of " + code + " must be > 0, not " + weight.toPlainString());
                }
                sum = sum.add(weight);
            }
            if (worst != null && best != null && worst.compareTo(best) == 0) {
                problems.add(where + ": worst = best = " + worst.toPlainString() + " for " + code + " (the goalposts must differ)");
            }
            if (indicator != null && weight != null && worst != null && best != null) {
                rules.add(new IndicatorRule(indicator, weight, worst, best));
            }
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            problems.add("the weights sum to " + sum.toPlainString() + ", not exactly 1");
        }
        return rules;
    }

    private List<RatingBand> bands(JsonNode node) {
        List<RatingBand> bands = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty()) {
            problems.add("rating_bands must be a non-empty array");
            return bands;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            String where = "rating_bands[" + i + "]";
            unknownKeys(n, Set.of("rating", "min_score"), where + ".");
            String rating = text(n, "rating", where + ".");
            BigDecimal min = decimal(n, "min_score", where + ".");
            if (rating == null || min == null) {
                continue;
            }
            if (!seen.add(rating)) {
                problems.add(where + ": rating " + rating + " is listed twice");
            }
            if (min.signum() < 0 || min.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(where + ": min_score " + min.toPlainString() + " is outside 0..100");
            }
            if (!bands.isEmpty() && bands.get(bands.size() - 1).minScore().compareTo(min) <= 0) {
                problems.add(where + ": min_score " + min.toPlainString() + " must be below the band before it ("
                        + bands.get(bands.size() - 1).minScore().toPlainString() + "); list bands from the best down");
            }
            bands.add(new RatingBand(rating, min));
        }
        return bands;
    }

    private List<Consequence> consequences(JsonNode node, Set<String> ratings) {
        List<Consequence> list = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problems.add("consequences must be an array");
            return list;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode n = node.get(i);
            String where = "consequences[" + i + "]";
            unknownKeys(n, Set.of("rating", "funds_change_pct", "staff_pay_change_pct", "commendation"), where + ".");
            String rating = text(n, "rating", where + ".");
            Integer funds = integer(n, "funds_change_pct", where + ".");
            Integer pay = integer(n, "staff_pay_change_pct", where + ".");
            JsonNode commendation = n.get("commendation");
            if (commendation == null || !commendation.isBoolean()) {
                problems.add(where + ".commendation must be true or false");
            }
            if (rating != null && !ratings.contains(rating)) {
                problems.add(where + ": unknown rating " + rating);
            } else if (rating != null && !seen.add(rating)) {
                problems.add(where + ": rating " + rating + " has two consequences");
            }
            if (rating != null && funds != null && pay != null && commendation != null && commendation.isBoolean()) {
                list.add(new Consequence(rating, funds, pay, commendation.booleanValue()));
            }
        }
        return list;
    }

    private FullyEmployedRule fullyEmployed(JsonNode n) {
        if (n == null) {
            return null;
        }
        unknownKeys(n, Set.of("max_unemployment_rate", "min_zero_household_clearance", "min_placement_rate"), "fully_employed.");
        BigDecimal u = ratio(n, "max_unemployment_rate", "fully_employed.");
        BigDecimal z = ratio(n, "min_zero_household_clearance", "fully_employed.");
        BigDecimal p = ratio(n, "min_placement_rate", "fully_employed.");
        return u == null || z == null || p == null ? null : new FullyEmployedRule(u, z, p);
    }

    private Art14Thresholds art14(JsonNode n) {
        if (n == null) {
            return null;
        }
        unknownKeys(n, Set.of("min_housing_units", "required_occupancy_above", "approaching_occupancy_above"), "art14.");
        Integer units = integer(n, "min_housing_units", "art14.");
        BigDecimal required = ratio(n, "required_occupancy_above", "art14.");
        BigDecimal approaching = ratio(n, "approaching_occupancy_above", "art14.");
        if (units != null && units < 0) {
            problems.add("art14.min_housing_units must be ≥ 0, not " + units);
        }
        if (required != null && approaching != null && approaching.compareTo(required) > 0) {
            problems.add("art14.approaching_occupancy_above (" + approaching.toPlainString()
                    + ") must not exceed required_occupancy_above (" + required.toPlainString() + ")");
        }
        return units == null || required == null || approaching == null ? null : new Art14Thresholds(units, required, approaching);
    }

    private MonteCarlo monteCarlo(JsonNode n) {
        if (n == null) {
            return null;
        }
        String w = "monte_carlo.";
        unknownKeys(n, Set.of("runs", "seed", "weight_factor_min", "weight_factor_max", "robust_fail_probability",
                "at_risk_probability"), w);
        Integer runs = integer(n, "runs", w);
        JsonNode seedNode = n.get("seed");
        Long seed = null;
        if (seedNode == null || !seedNode.canConvertToLong() || !seedNode.isIntegralNumber()) {
            problems.add(w + "seed must be a whole number");
        } else {
            seed = seedNode.longValue();
        }
        BigDecimal min = decimal(n, "weight_factor_min", w);
        BigDecimal max = decimal(n, "weight_factor_max", w);
        BigDecimal robust = ratio(n, "robust_fail_probability", w);
        BigDecimal atRisk = ratio(n, "at_risk_probability", w);
        if (runs != null && runs < 1) {
            problems.add(w + "runs must be ≥ 1, not " + runs);
        }
        if (min != null && max != null && (min.signum() <= 0 || min.compareTo(max) > 0)) {
            problems.add(w + "weight factors need 0 < weight_factor_min ≤ weight_factor_max, not "
                    + min.toPlainString() + " and " + max.toPlainString());
        }
        if (runs == null || seed == null || min == null || max == null || robust == null || atRisk == null) {
            return null;
        }
        return new MonteCarlo(runs, seed, min, max, robust, atRisk);
    }

    private void unknownKeys(JsonNode n, Set<String> known, String where) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add("unknown key '" + where + key + "'");
            }
        }
    }

    private JsonNode object(JsonNode parent, String key, String where) {
        JsonNode n = parent.get(key);
        if (n == null || !n.isObject()) {
            problems.add(where + key + " must be an object");
            return null;
        }
        return n;
    }

    private String text(JsonNode parent, String key, String where) {
        JsonNode n = parent.get(key);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            problems.add(where + key + " is missing or not a text");
            return null;
        }
        return n.asText().trim();
    }

    private Integer integer(JsonNode parent, String key, String where) {
        JsonNode n = parent.get(key);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            problems.add(where + key + " is missing or not a whole number");
            return null;
        }
        return n.intValue();
    }

    /** A number (JSON number or a decimal string), kept exact. */
    private BigDecimal decimal(JsonNode parent, String key, String where) {
        JsonNode n = parent.get(key);
        if (n != null && n.isNumber()) {
            return n.decimalValue();
        }
        if (n != null && n.isTextual()) {
            try {
                return new BigDecimal(n.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(where + key + " is missing or not a number");
        return null;
    }

    private BigDecimal ratio(JsonNode parent, String key, String where) {
        BigDecimal v = decimal(parent, key, where);
        if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(where + key + " must be between 0 and 1, not " + v.toPlainString());
        }
        return v;
    }
}
