package commstat.jobs.assessment;

import commstat.jobs.statistics.WarehouseTables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The annual assessment of year Y (assessment.md) over the warehouse: who is assessed, the indicators counted
 * in Spark, exact scoring, ratings and ranks on the driver, the weight Monte Carlo, consequences and the
 * fully-employed list; {@link #run} writes the marts.
 */
public final class AssessmentJob {
    private final SparkSession spark;
    private final Path warehouse;
    private final AssessmentScheme scheme;

    public AssessmentJob(SparkSession spark, Path warehouse, AssessmentScheme scheme) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.scheme = scheme;
    }

    /** Computes year Y's assessment without writing anything. */
    public AssessmentResult assess(int year) {
        WarehouseTables tables = new WarehouseTables(spark, warehouse);
        AssessmentRoster roster = AssessmentRoster.of(communities(tables), year);
        var fundPoints = tables.readWhereIfPresent(IndicatorCounts.FUND_POINTS_TABLE, "year = " + year);
        List<CommunityCounts> counts = new IndicatorCounts(tables, year, scheme.clearanceDays())
                .perCommunity(roster.assessed(), fundPoints);
        List<CommunityAssessment> assessed = new AssessmentScorer(scheme, year).score(counts);
        List<RankUncertainty.Result> uncertainty = new RankUncertainty(scheme).run(assessed);
        FullyEmployed fully = new FullyEmployed(scheme.fullyEmployed());
        return new AssessmentResult(year, roster, assessed, uncertainty,
                Consequences.of(scheme, year, assessed, uncertainty),
                assessed.stream().filter(fully::test).toList(), fundPoints.isPresent());
    }

    /** Assesses year Y and writes the marts; returns the result and the rows written per table. */
    public Written run(int year) {
        AssessmentResult result = assess(year);
        return new Written(result, new AssessmentTables(spark, warehouse).write(result));
    }

    public record Written(AssessmentResult result, Map<String, Long> rows) {
    }

    static List<Community> communities(WarehouseTables tables) {
        List<Community> list = new ArrayList<>();
        for (Row r : tables.read("ref_communities").collectAsList()) {
            list.add(new Community(r.getAs("community_code"), r.getAs("community_name"), r.getAs("street_code"),
                    r.getAs("district_code"), date(r.getAs("established_on")), date(r.getAs("dissolved_on"))));
        }
        return list;
    }

    /** Dates come back as LocalDate with Spark's Java 8 time API on (SparkSessions), else as java.sql.Date. */
    static LocalDate date(Object v) {
        return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }
}
