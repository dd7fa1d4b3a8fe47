package commstat.jobs.funds;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

/**
 * BENFORD_NONCONFORMITY (information only, scores nothing): per community and year, the first digits of the
 * OUT amounts of 10.00 or more against Benford's law. The MAD is a ratio, so double is fine here; no money
 * is computed from it.
 */
final class BenfordCheck {
    static final String TABLE = "fund_benford";
    static final String[] SORT_KEYS = {"community_code", "year"};
    private static final BigDecimal MIN_AMOUNT = new BigDecimal("10.00");

    private final FundsConfig config;

    BenfordCheck(FundsConfig config) {
        this.config = config;
    }

    /** One row per community and year with an OUT of 10.00 or more; judged only from {@code benfordMinCount} amounts. */
    Dataset<Row> byCommunityAndYear(Dataset<Row> transactions) {
        // Amounts of 10.00 or more have no leading zero, so the first character is the first digit.
        Dataset<Row> digits = transactions
                .where(col("direction").equalTo("OUT").and(col("amount_cny").geq(MIN_AMOUNT)))
                .select(col("community_code"), year(col("txn_date")).as("year"),
                        substring(col("amount_cny").cast("string"), 1, 1).cast("int").as("digit"));
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(count(lit(1)).cast("int").as("n"));
        for (int d = 1; d <= 9; d++) {
            aggregates.add(sum(when(col("digit").equalTo(d), 1).otherwise(0)).cast("int").as("digit_" + d));
        }
        Dataset<Row> counts = digits.groupBy(col("community_code"), col("year"))
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
        Column deviation = lit(0.0);
        for (int d = 1; d <= 9; d++) {
            Column share = col("digit_" + d).cast("double").divide(col("n").cast("double"));
            deviation = deviation.plus(abs(share.minus(lit(Math.log10(1.0 + 1.0 / d)))));
        }
        Column judged = col("n").geq(config.benfordMinCount());
        Dataset<Row> withMad = counts.withColumn("mad", deviation.divide(9.0));
        List<Column> out = new ArrayList<>(List.of(col("community_code"), col("year"), col("n"), col("mad"),
                judged.as("is_judged"), judged.and(col("mad").gt(config.benfordMaxMad())).as("is_nonconforming")));
        for (int d = 1; d <= 9; d++) {
            out.add(col("digit_" + d));
        }
        return withMad.select(out.toArray(Column[]::new));
    }
}
