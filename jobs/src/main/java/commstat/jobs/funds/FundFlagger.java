package commstat.jobs.funds;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

import java.math.BigDecimal;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

/**
 * The fund rules on single transactions (funds.md "Fund rules" and "Rules in detail"): OFF_BOOK_ACCOUNT,
 * MISSING_APPROVAL, DUPLICATE_PAYMENT, SPLIT_PAYMENT. Each returns rows of {@code fund_flags}; a transaction
 * may carry several flags. Sentences name amounts, dates, vouchers and accounts but never the counterparty,
 * which may be a person.
 */
final class FundFlagger {
    private final FundsConfig config;

    FundFlagger(FundsConfig config) {
        this.config = config;
    }

    Dataset<Row> all(Dataset<Row> transactions, Dataset<Row> specialAccounts) {
        return offBook(transactions, specialAccounts)
                .unionByName(missingApproval(transactions))
                .unionByName(duplicates(transactions))
                .unionByName(splits(transactions));
    }

    /** IN and OUT alike: no registration of this account to this community covers the date (bounds inclusive). */
    Dataset<Row> offBook(Dataset<Row> transactions, Dataset<Row> specialAccounts) {
        Dataset<Row> registrations = specialAccounts
                .groupBy(col("account_no"))
                .agg(array_sort(collect_list(struct(col("community_code"), col("opened_on"), col("closed_on")))).as("regs"));
        Dataset<Row> judged = transactions
                .join(broadcast(registrations), new String[] {"account_no"}, "left")
                .withColumn("own", expr("filter(coalesce(regs, array()), r -> r.community_code = community_code)"))
                .withColumn("covered", expr("exists(own, r -> (r.opened_on is null or r.opened_on <= txn_date)"
                        + " and (r.closed_on is null or txn_date <= r.closed_on))"));
        Column why = when(col("regs").isNull(),
                concat(lit("account "), col("account_no"), lit(" is not a registered special account")))
                .when(expr("size(own) = 0"),
                        concat(lit("account "), col("account_no"), lit(" is registered to community "),
                                expr("array_join(array_distinct(transform(regs, r -> r.community_code)), ', ')"),
                                lit(", not to "), col("community_code")))
                .otherwise(concat(lit("dated "), col("txn_date").cast("string"), lit(", outside the registration of account "),
                        col("account_no"), lit(" ("),
                        expr("array_join(transform(own, r -> concat('opened ', coalesce(cast(r.opened_on as string), '?'),"
                                + " ', ', coalesce(concat('closed ', cast(r.closed_on as string)), 'still open'))), '; ')"),
                        lit(")")));
        return FlagColumns.of(judged.where(expr("not covered")), FundFlag.OFF_BOOK_ACCOUNT,
                concat(col("direction"), lit(" "), FlagColumns.money("amount_cny"), lit(": "), why));
    }

    /** An OUT without an approver. */
    Dataset<Row> missingApproval(Dataset<Row> transactions) {
        Dataset<Row> missing = outs(transactions)
                .where(col("approved_by").isNull().or(trim(col("approved_by")).equalTo("")));
        return FlagColumns.of(missing, FundFlag.MISSING_APPROVAL,
                concat(lit("OUT "), FlagColumns.money("amount_cny"), lit(" on voucher "), col("voucher_no"),
                        lit(" has no approver")));
    }

    /**
     * The later of two OUTs of one community with an equal amount and counterparty, with the same voucher or at
     * most {@code duplicateWindowDays} apart; earlier means by date, then txn_id. Every later repeat is flagged;
     * the sentence names its nearest earlier twin.
     */
    Dataset<Row> duplicates(Dataset<Row> transactions) {
        Dataset<Row> later = outs(transactions).alias("l");
        Dataset<Row> earlier = outs(transactions).select(col("community_code"), col("amount_cny"), col("counterparty"),
                col("txn_date").as("e_date"), col("txn_id").as("e_txn_id"), col("voucher_no").as("e_voucher")).alias("e");
        Column sameKey = col("l.community_code").equalTo(col("e.community_code"))
                .and(col("l.amount_cny").equalTo(col("e.amount_cny")))
                .and(col("l.counterparty").equalTo(col("e.counterparty")));
        Column isEarlier = col("e_date").lt(col("l.txn_date"))
                .or(col("e_date").equalTo(col("l.txn_date")).and(col("e_txn_id").lt(col("l.txn_id"))));
        Column matches = col("e_voucher").equalTo(col("l.voucher_no"))
                .or(datediff(col("l.txn_date"), col("e_date")).leq(config.duplicateWindowDays()));
        Dataset<Row> repeats = later.join(earlier, sameKey.and(isEarlier).and(matches))
                .groupBy(col("l.community_code"), col("l.account_no"), col("l.txn_id"), col("l.txn_date"),
                        col("l.amount_cny"), col("l.voucher_no"), col("l.source_file"), col("l.line"))
                .agg(max(struct(col("e_date"), col("e_txn_id"), col("e_voucher"))).as("twin"));
        Column twinDate = col("twin.e_date");
        Column days = datediff(col("txn_date"), twinDate);
        Column how = when(col("twin.e_voucher").equalTo(col("voucher_no")),
                concat(lit("the same voucher "), col("voucher_no")))
                .otherwise(concat(days.cast("string"), lit(" days apart, within "),
                        lit(String.valueOf(config.duplicateWindowDays()))));
        return FlagColumns.of(repeats, FundFlag.DUPLICATE_PAYMENT,
                concat(lit("OUT "), FlagColumns.money("amount_cny"), lit(" repeats "), col("twin.e_txn_id"),
                        lit(" of "), twinDate.cast("string"), lit(" to the same counterparty ("), how, lit(")")));
    }

    /**
     * Two or more OUTs of one community on one date to one counterparty, across accounts, each below the approval
     * threshold, that together reach it: each is flagged.
     */
    Dataset<Row> splits(Dataset<Row> transactions) {
        BigDecimal threshold = config.approvalThreshold();
        WindowSpec group = Window.partitionBy(col("community_code"), col("txn_date"), col("counterparty"));
        Dataset<Row> split = outs(transactions)
                .where(col("amount_cny").lt(threshold))
                .withColumn("group_size", count(lit(1)).over(group))
                .withColumn("group_cny", sum(col("amount_cny")).over(group))
                .where(col("group_size").geq(2).and(col("group_cny").geq(threshold)));
        return FlagColumns.of(split, FundFlag.SPLIT_PAYMENT,
                concat(lit("OUT "), FlagColumns.money("amount_cny"), lit(" is one of "), col("group_size").cast("string"),
                        lit(" payments below "), lit(FlagColumns.plain(threshold)), lit(" to the same counterparty on "),
                        col("txn_date").cast("string"), lit(", together "), FlagColumns.money("group_cny")));
    }

    private static Dataset<Row> outs(Dataset<Row> transactions) {
        return transactions.where(col("direction").equalTo("OUT"));
    }
}
