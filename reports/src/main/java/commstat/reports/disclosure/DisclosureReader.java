package commstat.reports.disclosure;

import commstat.ingest.contract.FundItem;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the disclosure marts of one snapshot (or warehouse) folder through DuckDB into {@link Disclosure}s, sorted
 * by district, community, year and quarter. Plain Java: no Spark.
 */
public final class DisclosureReader {
    private static final String[] TABLES = {"disclosure_quarters", "disclosure_accounts", "disclosure_large_payments",
            "disclosure_flags", "disclosure_sources"};

    private DisclosureReader() {
    }

    /** The closed disclosures: those that may be published. */
    public static List<Disclosure> closed(Path snapshot) {
        return read(snapshot, true);
    }

    /** Every disclosure of the marts, closed or not. */
    public static List<Disclosure> all(Path snapshot) {
        return read(snapshot, false);
    }

    private static List<Disclosure> read(Path snapshot, boolean closedOnly) {
        for (String t : TABLES) {
            if (!Files.isDirectory(snapshot.resolve(t))) {
                throw new IllegalStateException("the snapshot " + snapshot + " has no table " + t
                        + " (run `commstat funds` first)");
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            Map<String, List<Disclosure.AccountFigures>> accounts = accounts(db, snapshot);
            Map<String, List<Disclosure.LargePayment>> payments = payments(db, snapshot);
            Map<String, List<Disclosure.FlagEntry>> flags = flags(db, snapshot);
            Map<String, List<Disclosure.Source>> sources = sources(db, snapshot);
            List<Disclosure> out = new ArrayList<>();
            String sql = "SELECT * FROM " + table(snapshot, "disclosure_quarters")
                    + (closedOnly ? " WHERE is_closed" : "") + " ORDER BY district_code, community_code, year, quarter";
            try (PreparedStatement st = db.prepareStatement(sql); ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    String key = key(r);
                    out.add(new Disclosure(
                            new Disclosure.Unit(r.getString("community_code"), r.getString("community_name"),
                                    r.getString("street_code"), r.getString("street_name"), r.getString("district_code"),
                                    r.getString("district_name")),
                            r.getInt("year"), r.getInt("quarter"), date(r, "period_start"), date(r, "period_end"),
                            r.getInt("months_in"), r.getBoolean("all_months_in"), dateTime(r, "last_deadline"),
                            r.getBoolean("deadline_passed"), r.getBoolean("is_closed"),
                            accounts.getOrDefault(key, List.of()), payments.getOrDefault(key, List.of()),
                            flags.getOrDefault(key, List.of()), sources.getOrDefault(key, List.of())));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the disclosure marts of " + snapshot + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, List<Disclosure.AccountFigures>> accounts(Connection db, Path snapshot) throws SQLException {
        Map<String, List<Disclosure.AccountFigures>> out = new HashMap<>();
        String sql = "SELECT * FROM " + table(snapshot, "disclosure_accounts")
                + " ORDER BY community_code, year, quarter, is_total, account_no";
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet r = st.executeQuery()) {
            while (r.next()) {
                Map<FundItem, BigDecimal> items = new EnumMap<>(FundItem.class);
                for (FundItem item : FundItem.values()) {
                    items.put(item, r.getBigDecimal(item.column()));
                }
                out.computeIfAbsent(key(r), k -> new ArrayList<>()).add(new Disclosure.AccountFigures(
                        r.getString("account_no"), r.getBoolean("is_total"), r.getBigDecimal("opening_cny"), items,
                        r.getBigDecimal("income_cny"), r.getBigDecimal("spending_cny"), r.getBigDecimal("closing_cny"),
                        r.getBoolean("is_reconciled")));
            }
        }
        return out;
    }

    private static Map<String, List<Disclosure.LargePayment>> payments(Connection db, Path snapshot) throws SQLException {
        Map<String, List<Disclosure.LargePayment>> out = new HashMap<>();
        String sql = "SELECT * FROM " + table(snapshot, "disclosure_large_payments")
                + " ORDER BY community_code, year, quarter, txn_date, txn_id, account_no";
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet r = st.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(key(r), k -> new ArrayList<>()).add(new Disclosure.LargePayment(date(r, "txn_date"),
                        r.getString("account_no"), r.getString("txn_id"), r.getString("voucher_no"),
                        FundItem.valueOf(r.getString("item")), r.getBigDecimal("amount_cny"),
                        r.getString("counterparty_shown"), r.getString("counterparty_type"), r.getString("purpose")));
            }
        }
        return out;
    }

    private static Map<String, List<Disclosure.FlagEntry>> flags(Connection db, Path snapshot) throws SQLException {
        Map<String, List<Disclosure.FlagEntry>> out = new HashMap<>();
        String sql = "SELECT * FROM " + table(snapshot, "disclosure_flags")
                + " ORDER BY community_code, year, quarter, flag, txn_date, txn_id, account_no";
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet r = st.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(key(r), k -> new ArrayList<>()).add(new Disclosure.FlagEntry(r.getString("flag"),
                        r.getString("account_no"), r.getString("txn_id"), date(r, "txn_date"), r.getBigDecimal("amount_cny"),
                        r.getString("why")));
            }
        }
        return out;
    }

    private static Map<String, List<Disclosure.Source>> sources(Connection db, Path snapshot) throws SQLException {
        Map<String, List<Disclosure.Source>> out = new HashMap<>();
        String sql = "SELECT * FROM " + table(snapshot, "disclosure_sources") + " ORDER BY community_code, year, quarter, period";
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet r = st.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(key(r), k -> new ArrayList<>()).add(new Disclosure.Source(r.getString("period"),
                        r.getString("file_name"), dateTime(r, "submitted_at")));
            }
        }
        return out;
    }

    private static String table(Path snapshot, String name) {
        return "read_parquet('" + snapshot.resolve(name).toAbsolutePath().toString().replace("'", "''") + "/*.parquet')";
    }

    private static String key(ResultSet r) throws SQLException {
        return r.getString("community_code") + " " + r.getInt("year") + " " + r.getInt("quarter");
    }

    private static LocalDate date(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }

    private static LocalDateTime dateTime(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDateTime.class);
    }
}
