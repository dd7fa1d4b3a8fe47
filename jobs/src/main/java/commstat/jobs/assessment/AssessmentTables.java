package commstat.jobs.assessment;

import commstat.jobs.warehouse.ConcurrentWrites;
import commstat.jobs.warehouse.YearTables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Writes an {@link AssessmentResult} as the assessment marts of docs/DATA.md. */
public final class AssessmentTables {
    public static final String SCORES = "assessment_scores";
    public static final String INDICATORS = "assessment_indicators";
    public static final String UNCERTAINTY = "assessment_uncertainty";
    public static final String NOT_ASSESSED = "assessment_not_assessed";
    public static final String CONSEQUENCES = "assessment_consequences";
    public static final String FULLY_EMPLOYED = "fully_employed";

    /** Ratios, normalised values and points: exact values rounded half up to 10 places. */
    static final int SCALE = 10;
    static final DataType EXACT = DataTypes.createDecimalType(38, SCALE);
    static final DataType SCORE = DataTypes.createDecimalType(5, 2);

    static final StructType SCORES_SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("community_code", DataTypes.StringType, false)
            .add("community_name", DataTypes.StringType, true)
            .add("street_code", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false)
            .add("score", SCORE, false)
            .add("score_exact", DataTypes.StringType, false)
            .add("rating", DataTypes.StringType, false)
            .add("district_rank", DataTypes.IntegerType, false)
            .add("city_rank", DataTypes.IntegerType, false)
            .add("missing_indicators", DataTypes.IntegerType, false)
            .add("uncertainty_class", DataTypes.StringType, false)
            .add("is_fully_employed", DataTypes.BooleanType, false);

    static final StructType INDICATORS_SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("community_code", DataTypes.StringType, false)
            .add("indicator", DataTypes.StringType, false)
            .add("weight", EXACT, false)
            .add("raw", EXACT, true)
            .add("raw_exact", DataTypes.StringType, true)
            .add("is_missing", DataTypes.BooleanType, false)
            .add("missing_reason", DataTypes.StringType, true)
            .add("normalised", EXACT, false)
            .add("contribution", EXACT, false)
            .add("points_lost", EXACT, false)
            .add("numerator", EXACT, true)
            .add("denominator", EXACT, true)
            .add("explanation", DataTypes.StringType, false);

    static final StructType UNCERTAINTY_SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("community_code", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false)
            .add("rating", DataTypes.StringType, false)
            .add("runs", DataTypes.IntegerType, false)
            .add("seed", DataTypes.LongType, false)
            .add("median_district_rank", DataTypes.IntegerType, false)
            .add("p05_district_rank", DataTypes.IntegerType, false)
            .add("p95_district_rank", DataTypes.IntegerType, false)
            .add("median_city_rank", DataTypes.IntegerType, false)
            .add("p05_city_rank", DataTypes.IntegerType, false)
            .add("p95_city_rank", DataTypes.IntegerType, false)
            .add("runs_below_pass", DataTypes.IntegerType, false)
            .add("p_below_pass", DataTypes.createDecimalType(5, 4), false)
            .add("uncertainty_class", DataTypes.StringType, false);

    static final StructType NOT_ASSESSED_SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("community_code", DataTypes.StringType, false)
            .add("community_name", DataTypes.StringType, true)
            .add("street_code", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false)
            .add("established_on", DataTypes.DateType, true)
            .add("dissolved_on", DataTypes.DateType, true)
            .add("reason", DataTypes.StringType, false);

    static final StructType CONSEQUENCES_SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("applies_to_year", DataTypes.IntegerType, false)
            .add("community_code", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false)
            .add("rating", DataTypes.StringType, false)
            .add("score", SCORE, false)
            .add("funds_change_pct", DataTypes.IntegerType, false)
            .add("staff_pay_change_pct", DataTypes.IntegerType, false)
            .add("commendation", DataTypes.BooleanType, false)
            .add("uncertainty_class", DataTypes.StringType, false)
            .add("needs_review", DataTypes.BooleanType, false);

    static final StructType FULLY_EMPLOYED_SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("community_code", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false)
            .add("unemployment_rate", EXACT, false)
            .add("zero_household_clearance", EXACT, false)
            .add("placement_rate", EXACT, false);

    private final SparkSession spark;
    private final YearTables writer;

    public AssessmentTables(SparkSession spark, Path warehouse) {
        this.spark = spark;
        this.writer = YearTables.recordedByYear(warehouse);
    }

    /** @return rows written per table */
    public Map<String, Long> write(AssessmentResult result) {
        int y = result.year();
        Set<String> fully = result.fullyEmployed().stream().map(a -> a.community().code()).collect(Collectors.toSet());
        List<Row> scores = new ArrayList<>();
        List<Row> indicators = new ArrayList<>();
        List<Row> uncertainty = new ArrayList<>();
        for (int i = 0; i < result.assessed().size(); i++) {
            CommunityAssessment a = result.assessed().get(i);
            RankUncertainty.Result u = result.uncertainty().get(i);
            Community c = a.community();
            scores.add(RowFactory.create(y, c.code(), c.name(), c.streetCode(), c.districtCode(), a.score(),
                    a.scoreExact().toString(), a.rating(), a.districtRank(), a.cityRank(), (int) a.missingCount(),
                    u.uncertaintyClass(), fully.contains(c.code())));
            for (IndicatorResult r : a.indicators()) {
                indicators.add(RowFactory.create(y, c.code(), r.indicator().code(), scaled(r.weight()),
                        r.raw() == null ? null : r.raw().toDecimal(SCALE), r.raw() == null ? null : r.raw().toString(),
                        r.missing(), r.missingReason(), r.normalised().toDecimal(SCALE), r.contribution().toDecimal(SCALE),
                        r.pointsLost().toDecimal(SCALE), scaled(r.numerator()), scaled(r.denominator()), r.explanation()));
            }
            uncertainty.add(RowFactory.create(y, c.code(), c.districtCode(), u.rating(), u.runs(), u.seed(),
                    u.medianDistrictRank(), u.p05DistrictRank(), u.p95DistrictRank(),
                    u.medianCityRank(), u.p05CityRank(), u.p95CityRank(),
                    u.runsBelowPass(), u.probabilityBelowPass(), u.uncertaintyClass()));
        }
        List<Row> notAssessed = new ArrayList<>();
        for (AssessmentRoster.NotAssessed n : result.roster().notAssessed()) {
            Community c = n.community();
            notAssessed.add(RowFactory.create(y, c.code(), c.name(), c.streetCode(), c.districtCode(),
                    c.establishedOn(), c.dissolvedOn(), n.reason()));
        }
        List<Row> consequences = new ArrayList<>();
        for (Consequences.Row r : result.consequences()) {
            consequences.add(RowFactory.create(y, r.appliesToYear(), r.community().code(), r.community().districtCode(),
                    r.rating(), r.score(), r.fundsChangePct(), r.staffPayChangePct(), r.commendation(),
                    r.uncertaintyClass(), r.needsReview()));
        }
        List<Row> fullyEmployed = new ArrayList<>();
        for (CommunityAssessment a : result.fullyEmployed()) {
            fullyEmployed.add(RowFactory.create(y, a.community().code(), a.community().districtCode(),
                    a.indicator(Indicator.UNEMPLOYMENT_RATE).raw().toDecimal(SCALE),
                    a.indicator(Indicator.ZERO_HOUSEHOLD_CLEARANCE).raw().toDecimal(SCALE),
                    a.indicator(Indicator.PLACEMENT_RATE).raw().toDecimal(SCALE)));
        }
        Map<String, Callable<Long>> writes = new LinkedHashMap<>();
        writes.put(SCORES, () -> write(SCORES, y, scores, SCORES_SCHEMA, "year", "community_code"));
        writes.put(INDICATORS, () -> write(INDICATORS, y, indicators, INDICATORS_SCHEMA, "year", "community_code",
                "indicator"));
        writes.put(UNCERTAINTY, () -> write(UNCERTAINTY, y, uncertainty, UNCERTAINTY_SCHEMA, "year", "community_code"));
        writes.put(NOT_ASSESSED, () -> write(NOT_ASSESSED, y, notAssessed, NOT_ASSESSED_SCHEMA, "year",
                "community_code"));
        writes.put(CONSEQUENCES, () -> write(CONSEQUENCES, y, consequences, CONSEQUENCES_SCHEMA, "year",
                "community_code"));
        writes.put(FULLY_EMPLOYED, () -> write(FULLY_EMPLOYED, y, fullyEmployed, FULLY_EMPLOYED_SCHEMA, "year",
                "community_code"));
        return ConcurrentWrites.run(writes);
    }

    private long write(String table, int year, List<Row> rows, StructType schema, String... keys) {
        return writer.replaceYear(table, year, spark.createDataFrame(rows, schema), keys);
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, java.math.RoundingMode.HALF_UP);
    }
}
