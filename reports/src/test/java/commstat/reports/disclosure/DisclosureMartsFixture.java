package commstat.reports.disclosure;

import commstat.ingest.contract.FundItem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The five disclosure marts written as Parquet by DuckDB, in the layout and types of docs/DATA.md (the jobs write
 * them with Spark; the reports module has no Spark). 长乐家园社区 2025-Q1 is closed, with account A1 as in
 * {@link TestDisclosures#sample}; 2025-Q2 is open. {@code city} is Q1's city allocation.
 */
public final class DisclosureMartsFixture {
    private DisclosureMartsFixture() {
    }

    public static void write(Path snapshot, String city) {
        String closing = new java.math.BigDecimal("100.00").add(new java.math.BigDecimal(city))
                .subtract(new java.math.BigDecimal("2199.99")).toPlainString();
        List<String> itemColumns = new ArrayList<>();
        for (FundItem item : FundItem.values()) {
            String v = switch (item) {
                case CITY_ALLOCATION -> city;
                case ASSISTANCE -> "1200.00";
                case OFFICE -> "999.99";
                default -> "0.00";
            };
            itemColumns.add("CAST(" + v + " AS DECIMAL(18,2)) AS " + item.column());
        }
        String items = String.join(", ", itemColumns);
        String account = "SELECT '371902001001' AS community_code, 2025 AS year, 1 AS quarter, %s AS account_no, %s AS is_total,"
                + " CAST(100.00 AS DECIMAL(18,2)) AS opening_cny, " + items + ", CAST(" + city + " AS DECIMAL(18,2)) AS income_cny,"
                + " CAST(2199.99 AS DECIMAL(18,2)) AS spending_cny, CAST(" + closing + " AS DECIMAL(18,2)) AS closing_cny,"
                + " true AS is_reconciled";
        copy(snapshot, "disclosure_accounts", String.format(account, "'6228048575724890995'", "false") + " UNION ALL "
                + String.format(account, "'TOTAL'", "true") + " UNION ALL " + zeroTotal(2));
        String quarter = "SELECT '371902001001' AS community_code, '长乐家园社区' AS community_name, '371902001' AS street_code,"
                + " '长兴街道' AS street_name, '371902' AS district_code, '金坛区' AS district_name, 2025 AS year, %d AS quarter,"
                + " '2025-Q%d' AS quarter_label, DATE '%s' AS period_start, DATE '%s' AS period_end, %d AS months_in,"
                + " %s AS all_months_in, TIMESTAMP '%s' AS last_deadline, %s AS deadline_passed, %s AS is_closed,"
                + " 1 AS account_count, 2 AS large_payment_count, 1 AS flag_count, true AS is_reconciled";
        copy(snapshot, "disclosure_quarters",
                String.format(quarter, 1, 1, "2025-01-01", "2025-03-31", 3, "true", "2025-04-10 23:59:59", "true", "true")
                        + " UNION ALL "
                        + String.format(quarter, 2, 2, "2025-04-01", "2025-06-30", 1, "false", "2025-07-10 23:59:59", "false", "false"));
        copy(snapshot, "disclosure_large_payments", "SELECT * FROM (VALUES "
                + "('371902001001', 2025, 1, DATE '2025-02-01', '6228048575724890995', 'T2', 'V2', 'ASSISTANCE',"
                + " CAST(1200.00 AS DECIMAL(18,2)), '王**', 'PERSON', '=HYPERLINK(\"x\")救助'),"
                + "('371902001001', 2025, 1, DATE '2025-02-10', '6228048575724890995', 'T3', '-V3', 'OFFICE',"
                + " CAST(1000.00 AS DECIMAL(18,2)), '@文具店, 北京', 'ORG', '+办公用品')) AS t(community_code, year, quarter,"
                + " txn_date, account_no, txn_id, voucher_no, item, amount_cny, counterparty_shown, counterparty_type, purpose)");
        copy(snapshot, "disclosure_flags", "SELECT '371902001001' AS community_code, 2025 AS year, 1 AS quarter,"
                + " 'MISSING_APPROVAL' AS flag, '6228048575724890995' AS account_no, 'T3' AS txn_id, DATE '2025-02-10' AS txn_date,"
                + " CAST(1000.00 AS DECIMAL(18,2)) AS amount_cny, 'OUT 1,000.00 without approved_by' AS why");
        copy(snapshot, "disclosure_sources", "SELECT '371902001001' AS community_code, 2025 AS year, 1 AS quarter,"
                + " '2025-01' AS period, '371902001001_funds_2025-01_20250201T163735.csv' AS file_name,"
                + " TIMESTAMP '2025-02-01 16:37:35' AS submitted_at");
    }

    /** The TOTAL row of a quarter without accounts. */
    private static String zeroTotal(int quarter) {
        StringBuilder b = new StringBuilder("SELECT '371902001001', 2025, " + quarter + ", 'TOTAL', true, CAST(0 AS DECIMAL(18,2))");
        for (int i = 0; i < FundItem.values().length + 3; i++) {
            b.append(", CAST(0 AS DECIMAL(18,2))");
        }
        return b.append(", true").toString();
    }

    private static void copy(Path snapshot, String table, String select) {
        Path dir = snapshot.resolve(table);
        try {
            Files.createDirectories(dir);
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
                st.execute("COPY (" + select + ") TO '" + dir.resolve("part-00000.parquet") + "' (FORMAT parquet)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("fixture " + table + ": " + e.getMessage(), e);
        }
    }
}
