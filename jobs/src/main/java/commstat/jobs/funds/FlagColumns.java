package commstat.jobs.funds;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.format_number;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

/** The columns of {@code fund_flags}, in order, and the money format of its sentences. */
final class FlagColumns {
    static final String TABLE = "fund_flags";
    static final String[] SORT_KEYS = {"community_code", "flag", "txn_date", "txn_id", "account_no", "month"};
    static final org.apache.spark.sql.types.DataType MONEY = org.apache.spark.sql.types.DataTypes.createDecimalType(18, 2);

    private FlagColumns() {
    }

    /**
     * One flag row per row of {@code rows}, which carry the transaction columns. {@code txn_date} is the
     * flagged transaction's date (for NEGATIVE_BALANCE the first day below zero); {@code year} and
     * {@code month} follow it.
     */
    static Dataset<Row> of(Dataset<Row> rows, FundFlag flag, Column why) {
        return rows.select(
                col("community_code"),
                col("account_no"),
                col("txn_id"),
                col("txn_date"),
                date_format(col("txn_date"), "yyyy-MM").as("month"),
                year(col("txn_date")).as("year"),
                lit(flag.name()).as("flag"),
                col("amount_cny"),
                why.as("why"),
                col("source_file"),
                col("line"));
    }

    /** {@code 12,345.60}: grouping for reading, exact (Spark formats the decimal, no double on the way). */
    static Column money(Column c) {
        return format_number(c, 2);
    }

    static Column money(String c) {
        return money(col(c));
    }
}
