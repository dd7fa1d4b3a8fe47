package commstat.jobs.funds;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Counts of fund flags and the assessment's {@code fund_anomaly_points} (assessment.md): 5 × OFF_BOOK_ACCOUNT
 * + 3 × NEGATIVE_BALANCE account-months + 2 × DUPLICATE_PAYMENT + 2 × SPLIT_PAYMENT + 1 × MISSING_APPROVAL,
 * over flags of year Y; null for a community without an effective funds submission in Y.
 */
final class FlagTally {
    static final String COUNTS_TABLE = "fund_flag_counts";
    static final String[] COUNTS_SORT_KEYS = {"community_code", "year", "flag"};
    static final String POINTS_TABLE = "fund_anomaly_points";
    static final String[] POINTS_SORT_KEYS = {"year", "community_code"};

    private static final List<FundFlag> SCORED =
            java.util.Arrays.stream(FundFlag.values()).filter(f -> f.points() > 0).toList();

    private FlagTally() {
    }

    /** One row per community, year and flag with at least one flag; a missing row means zero. */
    static Dataset<Row> counts(Dataset<Row> flags) {
        return flags.groupBy(col("community_code"), col("year"), col("flag"))
                .agg(count(lit(1)).cast("int").as("flag_count"));
    }

    /** One row per community of ref_communities for year Y. */
    static Dataset<Row> points(Dataset<Row> counts, Dataset<Row> communities, Dataset<Row> fundsPeriods, int year) {
        List<Column> perFlag = new ArrayList<>();
        for (FundFlag flag : SCORED) {
            perFlag.add(sum(when(col("flag").equalTo(flag.name()), col("flag_count")).otherwise(0)).cast("int")
                    .as(flag.countColumn()));
        }
        Dataset<Row> ofYear = counts.where(col("year").equalTo(year))
                .groupBy(col("community_code"))
                .agg(perFlag.get(0), perFlag.subList(1, perFlag.size()).toArray(Column[]::new));
        Dataset<Row> submitted = fundsPeriods.where(col("period").startsWith(year + "-"))
                .groupBy(col("community_code")).agg(count(lit(1)).cast("int").as("funds_months_submitted"));

        Column points = lit(0);
        List<Column> out = new ArrayList<>(List.of(col("community_code"), lit(year).as("year"),
                coalesce(col("funds_months_submitted"), lit(0)).as("funds_months_submitted")));
        for (FundFlag flag : SCORED) {
            Column n = coalesce(col(flag.countColumn()), lit(0));
            out.add(n.as(flag.countColumn()));
            points = points.plus(n.multiply(flag.points()));
        }
        out.add(when(col("funds_months_submitted").isNotNull(), points).cast("int").as("fund_anomaly_points"));
        return communities.select("community_code")
                .join(broadcast(submitted), new String[] {"community_code"}, "left")
                .join(broadcast(ofYear), new String[] {"community_code"}, "left")
                .select(out.toArray(Column[]::new));
    }
}
