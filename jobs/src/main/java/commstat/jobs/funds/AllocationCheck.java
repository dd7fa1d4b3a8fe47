package commstat.jobs.funds;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.math.BigDecimal;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * Art. 6 (a unit's community funds against 0.1% of its fiscal income increase) and Art. 7's withheld funds
 * (what a unit allocated against the allocation income its communities received), one row per row of
 * {@code ref_fiscal_allocations}.
 */
final class AllocationCheck {
    static final String ART6_TABLE = "art6_allocations";
    static final String WITHHELD_TABLE = "withheld_funds";
    static final String[] SORT_KEYS = {"year", "level", "unit_code"};
    private static final BigDecimal ART6_SHARE = new BigDecimal("0.001");
    private static final Column ZERO = lit(BigDecimal.ZERO.setScale(2));

    private final FundsConfig config;

    AllocationCheck(FundsConfig config) {
        this.config = config;
    }

    /** required = increase × 0.001, half up to the fen (Spark's round is HALF_UP on decimals); negative is compliant. */
    Dataset<Row> art6(Dataset<Row> allocations) {
        Column required = round(col("fiscal_income_increase_cny").multiply(lit(ART6_SHARE)), 2).cast("decimal(18,2)");
        return allocations
                .withColumn("required_cny", required)
                .withColumn("is_compliant", col("community_funds_allocated_cny").geq(col("required_cny")))
                .select(col("year"), col("level"), col("unit_code"), col("fiscal_income_increase_cny"),
                        col("required_cny"), col("community_funds_allocated_cny").as("allocated_cny"),
                        col("is_compliant"),
                        when(col("is_compliant"), ZERO)
                                .otherwise(col("required_cny").minus(col("community_funds_allocated_cny")))
                                .cast("decimal(18,2)").as("shortfall_cny"));
    }

    /**
     * received = accepted CITY_ALLOCATION (for the city) or DISTRICT_ALLOCATION (for a district) income of
     * effective submissions dated in the year, all accounts including off-book ones; the city's communities are
     * those whose code starts with its unit_code, a district's those with that district_code. Receiving more
     * than allocated is not flagged.
     */
    Dataset<Row> withheld(Dataset<Row> allocations, Dataset<Row> transactions, Dataset<Row> communities) {
        Dataset<Row> income = transactions
                .where(col("direction").equalTo("IN")
                        .and(col("item").isin("CITY_ALLOCATION", "DISTRICT_ALLOCATION")))
                .groupBy(col("community_code"), year(col("txn_date")).as("income_year"), col("item"))
                .agg(sum(col("amount_cny")).as("income_cny"))
                .join(broadcast(communities), new String[] {"community_code"}, "left");
        Column ofUnit = col("income_year").equalTo(col("year")).and(
                col("level").equalTo("CITY").and(col("item").equalTo("CITY_ALLOCATION"))
                        .and(col("community_code").startsWith(col("unit_code")))
                .or(col("level").equalTo("DISTRICT").and(col("item").equalTo("DISTRICT_ALLOCATION"))
                        .and(col("district_code").equalTo(col("unit_code")))));
        Column gapLimit = col("allocated_cny").multiply(lit(config.withheldGapShare()));
        return allocations
                .select(col("year"), col("level"), col("unit_code"), col("community_funds_allocated_cny").as("allocated_cny"))
                .join(broadcast(income), ofUnit, "left")
                .groupBy(col("year"), col("level"), col("unit_code"), col("allocated_cny"))
                .agg(coalesce(sum(col("income_cny")), ZERO).cast("decimal(18,2)").as("received_cny"))
                .withColumn("gap_cny", col("allocated_cny").minus(col("received_cny")).cast("decimal(18,2)"))
                .withColumn("is_flagged", col("gap_cny").gt(gapLimit))
                .select("year", "level", "unit_code", "allocated_cny", "received_cny", "gap_cny", "is_flagged");
    }
}
