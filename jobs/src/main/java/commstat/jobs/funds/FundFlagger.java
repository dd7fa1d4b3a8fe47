package commstat.jobs.funds;

import commstat.jobs.funds.TransactionRules.Flag;
import commstat.jobs.funds.TransactionRules.Registration;
import commstat.jobs.funds.TransactionRules.Txn;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * The rows of {@code fund_flags} for the rules on single transactions ({@link TransactionRules}): each community's
 * transactions are grouped on an executor and judged there in plain Java, against a broadcast of every special
 * account's registrations. One Spark execution, where the four rules as joins and windows took about fifteen jobs.
 */
final class FundFlagger {
    /** The columns of {@code fund_flags} ({@link FlagColumns#of}) with the nullability the table has always had. */
    static final StructType SCHEMA = new StructType()
            .add("community_code", DataTypes.StringType, true)
            .add("account_no", DataTypes.StringType, true)
            .add("txn_id", DataTypes.StringType, true)
            .add("txn_date", DataTypes.DateType, true)
            .add("month", DataTypes.StringType, true)
            .add("year", DataTypes.IntegerType, true)
            .add("flag", DataTypes.StringType, false)
            .add("amount_cny", FlagColumns.MONEY, true)
            .add("why", DataTypes.StringType, true)
            .add("source_file", DataTypes.StringType, true)
            .add("line", DataTypes.IntegerType, true);
    private static final String[] TXN_COLUMNS = {"community_code", "account_no", "txn_id", "txn_date", "direction",
        "item", "amount_cny", "voucher_no", "counterparty", "approved_by", "source_file", "line"};

    private final TransactionRules rules;

    FundFlagger(FundsConfig config) {
        this.rules = new TransactionRules(config.approvalThreshold(), config.duplicateWindowDays());
    }

    /**
     * @param transactions the funds job's transactions (FundsLedgerReader: counterparty trimmed)
     * @param specialAccounts account_no, community_code, opened_on, closed_on
     */
    Dataset<Row> all(Dataset<Row> transactions, Dataset<Row> specialAccounts) {
        Map<String, List<Registration>> regs = new HashMap<>();
        for (Row r : specialAccounts.select("account_no", "community_code", "opened_on", "closed_on").collectAsList()) {
            regs.computeIfAbsent(r.getString(0), a -> new ArrayList<>())
                    .add(new Registration(r.getString(1), (LocalDate) r.get(2), (LocalDate) r.get(3)));
        }
        Broadcast<Map<String, List<Registration>>> registrations =
                JavaSparkContext.fromSparkContext(transactions.sparkSession().sparkContext())
                        .broadcast(TransactionRules.byAccount(regs));
        TransactionRules judge = rules;
        return transactions.select(Arrays.stream(TXN_COLUMNS).map(c -> col(c)).toArray(Column[]::new))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (community, rows) ->
                        rowsOf(judge.flags(txns(rows), registrations.value())), Encoders.row(SCHEMA));
    }

    private static List<Txn> txns(Iterator<Row> rows) {
        List<Txn> out = new ArrayList<>();
        rows.forEachRemaining(r -> out.add(new Txn(r.getString(0), r.getString(1), r.getString(2), (LocalDate) r.get(3),
                r.getString(4), r.getString(5), r.getDecimal(6), r.getString(7), r.getString(8), r.getString(9),
                r.getString(10), r.isNullAt(11) ? null : r.getInt(11))));
        return out;
    }

    private static Iterator<Row> rowsOf(List<Flag> flags) {
        List<Row> out = new ArrayList<>(flags.size());
        for (Flag f : flags) {
            Txn t = f.txn();
            LocalDate d = t.date();
            out.add(RowFactory.create(t.communityCode(), t.accountNo(), t.txnId(), d,
                    d == null ? null : String.format("%04d-%02d", d.getYear(), d.getMonthValue()),
                    d == null ? null : d.getYear(), f.flag().name(), t.amount(), f.why(), t.sourceFile(), t.line()));
        }
        return out.iterator();
    }
}
