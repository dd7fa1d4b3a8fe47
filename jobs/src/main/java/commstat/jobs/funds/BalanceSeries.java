package commstat.jobs.funds;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

/**
 * {@code fund_balances_monthly} and its NEGATIVE_BALANCE flags. One shuffle: the transactions are partitioned by
 * account and sorted by date, and each account's months are computed by {@link AccountBalances} as its rows
 * stream past, one account in memory at a time.
 */
final class BalanceSeries {
    static final String TABLE = "fund_balances_monthly";
    static final String[] SORT_KEYS = {"community_code", "account_no", "month"};
    private static final StructType MONTHS = new StructType()
            .add("community_code", DataTypes.StringType, false)
            .add("account_no", DataTypes.StringType, false)
            .add("month", DataTypes.StringType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("opening_cny", FlagColumns.MONEY, false)
            .add("income_cny", FlagColumns.MONEY, false)
            .add("spending_cny", FlagColumns.MONEY, false)
            .add("closing_cny", FlagColumns.MONEY, false)
            .add("min_balance_cny", FlagColumns.MONEY, false)
            .add("is_negative", DataTypes.BooleanType, false)
            .add("first_negative_day", DataTypes.StringType, true)
            .add("txn_count", DataTypes.IntegerType, false);

    private final int year;

    BalanceSeries(int year) {
        this.year = year;
    }

    /** One row per account and month, from the account's first month to the later of its last transaction and Y-12-31. */
    Dataset<Row> monthly(Dataset<Row> transactions, Dataset<Row> openingBalances) {
        int y = year;
        return transactions
                .select(col("community_code"), col("account_no"), col("txn_date"), col("direction"), col("amount_cny"))
                .join(broadcast(openingBalances.select(col("community_code"), col("account_no"), col("as_of"),
                        col("balance_cny"))), new String[] {"community_code", "account_no"}, "left")
                .repartition(col("community_code"), col("account_no"))
                .sortWithinPartitions(col("community_code"), col("account_no"), col("txn_date"))
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new AccountRows(rows, y), Encoders.row(MONTHS))
                .withColumn("first_negative_day", col("first_negative_day").cast("date"));
    }

    /** NEGATIVE_BALANCE: one flag per account and month below zero on some day, dated its first such day. */
    static Dataset<Row> negativeFlags(Dataset<Row> monthly) {
        Dataset<Row> negative = monthly.where(col("is_negative"))
                .select(col("community_code"), col("account_no"), lit(null).cast("string").as("txn_id"),
                        col("first_negative_day").as("txn_date"), col("min_balance_cny").as("amount_cny"),
                        col("month").as("flag_month"), col("opening_cny"), col("closing_cny"),
                        lit(null).cast("string").as("source_file"), lit(null).cast("int").as("line"));
        Column why = concat(lit("account "), col("account_no"), lit(" ends a day below zero in "), col("flag_month"),
                lit(": first on "), col("txn_date").cast("string"), lit(", lowest end-of-day balance "),
                FlagColumns.money("amount_cny"), lit(" (month opened at "), FlagColumns.money("opening_cny"),
                lit(", closed at "), FlagColumns.money("closing_cny"), lit(")"));
        return FlagColumns.of(negative, FundFlag.NEGATIVE_BALANCE, why);
    }

    /** Turns a partition's rows, sorted by account and date, into month rows, one account at a time. */
    private static final class AccountRows implements Iterator<Row> {
        private final Iterator<Row> in;
        private final int year;
        private final ArrayDeque<Row> out = new ArrayDeque<>();
        private Row pending;

        AccountRows(Iterator<Row> in, int year) {
            this.in = in;
            this.year = year;
        }

        @Override
        public boolean hasNext() {
            while (out.isEmpty() && (pending != null || in.hasNext())) {
                nextAccount();
            }
            return !out.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return out.poll();
        }

        private void nextAccount() {
            Row first = pending != null ? pending : in.next();
            pending = null;
            String community = first.getAs("community_code");
            String account = first.getAs("account_no");
            List<LedgerEntry> entries = new ArrayList<>();
            entries.add(entry(first));
            while (in.hasNext()) {
                Row r = in.next();
                if (!community.equals(r.getAs("community_code")) || !account.equals(r.getAs("account_no"))) {
                    pending = r;
                    break;
                }
                entries.add(entry(r));
            }
            for (AccountMonth m : AccountBalances.series(entries, first.getAs("balance_cny"), date(first.getAs("as_of")), year)) {
                out.add(RowFactory.create(community, account, m.month().toString(), m.month().getYear(), m.opening(),
                        m.income(), m.spending(), m.closing(), m.minBalance(), m.isNegative(),
                        m.firstNegativeDay() == null ? null : m.firstNegativeDay().toString(), m.txnCount()));
            }
        }

        private static LedgerEntry entry(Row r) {
            return new LedgerEntry(date(r.getAs("txn_date")), "IN".equals(r.getAs("direction")), r.<BigDecimal>getAs("amount_cny"));
        }

        /** Spark hands out LocalDate or java.sql.Date depending on spark.sql.datetime.java8API.enabled. */
        private static LocalDate date(Object value) {
            if (value == null || value instanceof LocalDate) {
                return (LocalDate) value;
            }
            return ((java.sql.Date) value).toLocalDate();
        }
    }
}
