package commstat.jobs.funds;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static java.util.Objects.requireNonNull;

/**
 * What the funds job reads.
 *
 * @param transactions    accepted rows of effective funds submissions, any period
 * @param specialAccounts ref_special_accounts: account_no, community_code, opened_on, closed_on
 * @param openingBalances one row per account: account_no, community_code, as_of, balance_cny
 * @param communities     community_code, district_code
 * @param allocations     ref_fiscal_allocations
 * @param fundsPeriods    community_code, period of every effective funds submission
 */
record FundsInputs(Dataset<Row> transactions, Dataset<Row> specialAccounts, Dataset<Row> openingBalances,
                   Dataset<Row> communities, Dataset<Row> allocations, Dataset<Row> fundsPeriods) {
    FundsInputs {
        requireNonNull(transactions, "transactions is null");
        requireNonNull(specialAccounts, "specialAccounts is null");
        requireNonNull(openingBalances, "openingBalances is null");
        requireNonNull(communities, "communities is null");
        requireNonNull(allocations, "allocations is null");
        requireNonNull(fundsPeriods, "fundsPeriods is null");
    }
}
