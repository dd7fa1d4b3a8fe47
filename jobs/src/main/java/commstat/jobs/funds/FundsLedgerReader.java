package commstat.jobs.funds;

import commstat.jobs.warehouse.TableAccess;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.file.Path;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;

/**
 * Reads what the fund rules need from the warehouse (docs/DATA.md): the accepted transactions of effective
 * funds submissions of any period, and the reference tables. A superseded file's rows are dropped here, so
 * they count nowhere downstream.
 */
final class FundsLedgerReader {
    private final SparkSession spark;
    private final Path warehouse;

    FundsLedgerReader(SparkSession spark, Path warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    FundsInputs read() {
        Dataset<Row> txns = table("stg_funds")
                .where(col("is_effective"))
                .select(col("community_code"), col("account_no"), col("txn_id"), col("txn_date"),
                        col("direction"), col("item"), col("amount_cny"), col("voucher_no"),
                        // ingest already trims; the rule compares counterparties "after trimming", so say it here too
                        trim(col("counterparty")).as("counterparty"), col("approved_by"),
                        col("source_file"), col("line"));
        Dataset<Row> accounts = table("ref_special_accounts")
                .select("account_no", "community_code", "opened_on", "closed_on");
        Dataset<Row> communities = table("ref_communities").select("community_code", "district_code");
        Dataset<Row> allocations = table("ref_fiscal_allocations").select("year", "level", "unit_code",
                "fiscal_income_increase_cny", "community_funds_allocated_cny");
        // only the funds rows: a night's employment files then leave the funds stage's inputs unchanged
        Dataset<Row> fundsPeriods = tableWhere("submissions_effective", "dataset = 'funds'")
                .select("community_code", "period");
        return new FundsInputs(txns, accounts, openingBalances(), communities, allocations, fundsPeriods);
    }

    /** The optional opening balances; one per account, the latest {@code as_of} if the file lists several. */
    private Dataset<Row> openingBalances() {
        StructType schema = new StructType()
                .add("account_no", DataTypes.StringType, false)
                .add("community_code", DataTypes.StringType, false)
                .add("as_of", DataTypes.DateType, false)
                .add("balance_cny", DataTypes.createDecimalType(18, 2), false);
        var table = TableAccess.read(spark, warehouse, "ref_opening_balances");
        if (table.isEmpty()) {
            return spark.createDataFrame(List.<Row>of(), schema);
        }
        var latestFirst = org.apache.spark.sql.expressions.Window
                .partitionBy("community_code", "account_no").orderBy(col("as_of").desc());
        return table.get()
                .select("account_no", "community_code", "as_of", "balance_cny")
                .withColumn("rank", row_number().over(latestFirst))
                .where(col("rank").equalTo(1))
                .drop("rank");
    }

    private Dataset<Row> table(String name) {
        return tableWhere(name, null);
    }

    private Dataset<Row> tableWhere(String name, String condition) {
        return TableAccess.readWhere(spark, warehouse, name, condition).orElseThrow(() -> new IllegalStateException(
                "the warehouse " + warehouse + " has no table " + name + " (run the ingest first)"));
    }
}
