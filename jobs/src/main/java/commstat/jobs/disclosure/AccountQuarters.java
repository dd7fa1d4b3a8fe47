package commstat.jobs.disclosure;

import commstat.ingest.contract.FundItem;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.broadcast;

/**
 * {@code disclosure_accounts} (docs/DATA.md) counted per community in plain Java: the community's quarters and its
 * transactions meet in one {@code cogroup}, and each account's sums are a walk over its transactions. The same rows
 * as a Spark plan of joins and fifteen conditional decimal sums, which cost about twenty Spark jobs for a few
 * thousand rows.
 */
final class AccountQuarters {
    private static final DataType MONEY = DataTypes.createDecimalType(18, 2);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final FundItem[] ITEMS = FundItem.values();
    /** The columns, types and nullability the table has always had (the money columns nullable, as Spark's casts made them). */
    static final StructType SCHEMA;

    static {
        StructType s = new StructType()
                .add("community_code", DataTypes.StringType, true)
                .add("year", DataTypes.IntegerType, false)
                .add("quarter", DataTypes.IntegerType, false)
                .add("account_no", DataTypes.StringType, true)
                .add("is_total", DataTypes.BooleanType, false)
                .add("opening_cny", MONEY, true);
        for (FundItem item : ITEMS) {
            s = s.add(item.column(), MONEY, true);
        }
        SCHEMA = s.add("income_cny", MONEY, true)
                .add("spending_cny", MONEY, true)
                .add("closing_cny", MONEY, true)
                .add("is_reconciled", DataTypes.BooleanType, true);
    }

    /** A quarter in which the community exists. */
    record Span(int year, int quarter, LocalDate start, LocalDate end) {
    }

    /** An accepted transaction of an effective submission, with its account's opening balance if it has one. */
    record Txn(String accountNo, LocalDate date, String direction, String item, BigDecimal amount, LocalDate asOf,
               BigDecimal openingBalance) {
        /** Inside the opening balance (dated on or before its {@code as_of}): counts in no sum. */
        boolean inOpening() {
            return asOf != null && !date.isAfter(asOf);
        }

        BigDecimal signed() {
            return "IN".equals(direction) ? amount : amount.negate();
        }
    }

    private AccountQuarters() {
    }

    /**
     * @param txns the accepted transactions (community_code, account_no, txn_date, direction, item, amount_cny)
     * @param opening one opening balance per account (community_code, account_no, as_of, balance_cny)
     * @param communityQuarters the quarters each community exists in (community_code, year, quarter, period_start,
     *     period_end)
     */
    static Dataset<Row> build(Dataset<Row> txns, Dataset<Row> opening, Dataset<Row> communityQuarters) {
        var byCommunity = txns.select("community_code", "account_no", "txn_date", "direction", "item", "amount_cny")
                .join(broadcast(opening.select("community_code", "account_no", "as_of", "balance_cny")),
                        new String[] {"community_code", "account_no"}, "left")
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
        return communityQuarters.select("community_code", "year", "quarter", "period_start", "period_end")
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .cogroup(byCommunity, (CoGroupFunction<String, Row, Row, Row>) AccountQuarters::fromRows,
                        Encoders.row(SCHEMA));
    }

    private static Iterator<Row> fromRows(String community, Iterator<Row> quarterRows, Iterator<Row> txnRows) {
        List<Span> quarters = new ArrayList<>();
        quarterRows.forEachRemaining(r -> quarters.add(new Span(r.getInt(1), r.getInt(2), (LocalDate) r.get(3),
                (LocalDate) r.get(4))));
        List<Txn> txns = new ArrayList<>();
        txnRows.forEachRemaining(r -> txns.add(new Txn(r.getString(1), (LocalDate) r.get(2), r.getString(3),
                r.getString(4), r.getDecimal(5), (LocalDate) r.get(6), r.getDecimal(7))));
        return rows(community, quarters, txns).iterator();
    }

    /**
     * The rows of one community: per quarter, one per account with a transaction dated on or before the quarter's
     * end, then the TOTAL row (zeros without accounts). Nothing for a community without quarters.
     */
    static List<Row> rows(String community, List<Span> quarters, List<Txn> txns) {
        Map<String, List<Txn>> accounts = new TreeMap<>();
        Map<String, LocalDate> firstDates = new TreeMap<>();
        for (Txn t : txns) {
            accounts.computeIfAbsent(t.accountNo(), a -> new ArrayList<>()).add(t);
            firstDates.merge(t.accountNo(), t.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Row> out = new ArrayList<>();
        for (Span q : quarters.stream().sorted(Comparator.comparingInt(Span::year).thenComparingInt(Span::quarter)).toList()) {
            Sums total = new Sums();
            for (Map.Entry<String, List<Txn>> account : accounts.entrySet()) {
                if (firstDates.get(account.getKey()).isAfter(q.end())) {
                    continue;
                }
                Sums sums = Sums.of(account.getValue(), q);
                total.add(sums);
                out.add(sums.row(community, q, account.getKey(), false));
            }
            out.add(total.row(community, q, DisclosureJob.TOTAL, true));
        }
        return out;
    }

    /** An account's (or, added up, a community's) figures for one quarter. */
    private static final class Sums {
        private BigDecimal opening = ZERO;
        private final BigDecimal[] items = new BigDecimal[ITEMS.length];
        /** The closing balance computed from the ledger alone: opening balance plus all counted history to the end. */
        private BigDecimal ledgerClosing = ZERO;

        Sums() {
            Arrays.fill(items, ZERO);
        }

        static Sums of(List<Txn> ts, Span q) {
            Sums s = new Sums();
            BigDecimal base = ts.get(0).openingBalance() == null ? ZERO : ts.get(0).openingBalance();
            s.opening = base;
            s.ledgerClosing = base;
            for (Txn t : ts) {
                if (t.inOpening() || t.date().isAfter(q.end())) {
                    continue;
                }
                s.ledgerClosing = s.ledgerClosing.add(t.signed());
                if (t.date().isBefore(q.start())) {
                    s.opening = s.opening.add(t.signed());
                    continue;
                }
                for (int i = 0; i < ITEMS.length; i++) {
                    if (ITEMS[i].name().equals(t.item()) && ITEMS[i].direction().equals(t.direction())) {
                        s.items[i] = s.items[i].add(t.amount());
                    }
                }
            }
            return s;
        }

        void add(Sums o) {
            opening = opening.add(o.opening);
            for (int i = 0; i < items.length; i++) {
                items[i] = items[i].add(o.items[i]);
            }
            ledgerClosing = ledgerClosing.add(o.ledgerClosing);
        }

        Row row(String community, Span q, String accountNo, boolean isTotal) {
            BigDecimal income = ZERO;
            BigDecimal spending = ZERO;
            List<Object> values = new ArrayList<>(List.of(community, q.year(), q.quarter(), accountNo, isTotal,
                    money(opening)));
            for (int i = 0; i < ITEMS.length; i++) {
                values.add(money(items[i]));
                if (ITEMS[i].isIncome()) {
                    income = income.add(items[i]);
                } else {
                    spending = spending.add(items[i]);
                }
            }
            BigDecimal closing = opening.add(income).subtract(spending);
            values.add(money(income));
            values.add(money(spending));
            values.add(money(closing));
            values.add(closing.compareTo(ledgerClosing) == 0);
            return RowFactory.create(values.toArray());
        }

        /** DECIMAL(18,2); a sum past 18 digits (10^16 yuan) is a broken input, never a number to publish. */
        private static BigDecimal money(BigDecimal v) {
            if (v.precision() - v.scale() > 16) {
                throw new IllegalStateException("a disclosure sum does not fit DECIMAL(18,2): " + v);
            }
            return v.setScale(2);
        }
    }
}
