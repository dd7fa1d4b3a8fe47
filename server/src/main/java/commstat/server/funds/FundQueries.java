package commstat.server.funds;

import commstat.server.marts.Rows;
import commstat.server.marts.Snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/** The funds marts of one snapshot on the caller's connection; request values are bound parameters. */
public final class FundQueries {
    /** The flags of {@code fund_flags}, in the order the page shows them. */
    public static final List<String> FLAGS = List.of("OFF_BOOK_ACCOUNT", "NEGATIVE_BALANCE", "MISSING_APPROVAL",
            "DUPLICATE_PAYMENT", "SPLIT_PAYMENT");

    private final Connection db;
    private final Snapshot snapshot;

    public FundQueries(Connection db, Snapshot snapshot) {
        this.db = requireNonNull(db, "db is null");
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
    }

    private String refs() {
        return "(SELECT community_code, min(community_name) AS community_name, min(district_code) AS district_code, "
                + "min(district_name) AS district_name FROM " + snapshot.from("ref_communities")
                + " GROUP BY community_code)";
    }

    /** Years with balances or allocations, newest first. */
    public List<Integer> years() throws SQLException {
        TreeSet<Integer> years = new TreeSet<>();
        for (String t : List.of("fund_balances_monthly", "art6_allocations", "fund_flag_counts")) {
            if (snapshot.has(t)) {
                try (PreparedStatement st = db.prepareStatement("SELECT DISTINCT year FROM " + snapshot.from(t));
                     ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        years.add(rs.getInt(1));
                    }
                }
            }
        }
        return new ArrayList<>(years.descendingSet());
    }

    /** Flag counts of a year per community with at least one flag, for a district or (null) the city. */
    public List<FlagCountRow> flagCounts(int year, String districtCode) throws SQLException {
        Map<String, FlagCountRow> rows = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        if (!snapshot.has("fund_flag_counts")) {
            return List.of();
        }
        try (PreparedStatement st = db.prepareStatement("SELECT c.community_code, r.community_name, r.district_code, "
                + "c.flag, c.flag_count FROM " + snapshot.from("fund_flag_counts") + " c LEFT JOIN " + refs()
                + " r ON r.community_code = c.community_code WHERE c.year = ? AND (?::VARCHAR IS NULL OR r.district_code = ?) "
                + "ORDER BY c.community_code, c.flag")) {
            st.setInt(1, year);
            st.setString(2, districtCode);
            st.setString(3, districtCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    counts.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(rs.getString(4), rs.getInt(5));
                    rows.putIfAbsent(code, new FlagCountRow(code, rs.getString(2), rs.getString(3), Map.of(), 0));
                }
            }
        }
        List<FlagCountRow> out = new ArrayList<>();
        for (FlagCountRow r : rows.values()) {
            Map<String, Integer> byFlag = counts.get(r.communityCode());
            out.add(new FlagCountRow(r.communityCode(), r.communityName(), r.districtCode(), byFlag,
                    byFlag.values().stream().mapToInt(Integer::intValue).sum()));
        }
        return out;
    }

    /**
     * Art. 6 and withheld funds of a year side by side, one row per unit: all units when {@code districtCode} is
     * null, else only that district's row.
     */
    public List<AllocationRow> allocations(int year, String districtCode) throws SQLException {
        if (!snapshot.has("art6_allocations")) {
            return List.of();
        }
        String withheld = snapshot.has("withheld_funds") ? snapshot.from("withheld_funds")
                : "(SELECT NULL::INT AS year, NULL AS level, NULL AS unit_code, NULL::DECIMAL(18,2) AS received_cny, "
                + "NULL::DECIMAL(18,2) AS gap_cny, NULL::BOOLEAN AS is_flagged WHERE false)";
        List<AllocationRow> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT a.year, a.level, a.unit_code, d.district_name, "
                + "a.fiscal_income_increase_cny, a.required_cny, a.allocated_cny, a.is_compliant, a.shortfall_cny, "
                + "w.received_cny, w.gap_cny, w.is_flagged FROM " + snapshot.from("art6_allocations") + " a "
                + "LEFT JOIN " + withheld + " w ON w.year = a.year AND w.level = a.level AND w.unit_code = a.unit_code "
                + "LEFT JOIN (SELECT district_code, min(district_name) AS district_name FROM "
                + snapshot.from("ref_communities") + " GROUP BY district_code) d "
                + "ON a.level = 'DISTRICT' AND d.district_code = a.unit_code "
                + "WHERE a.year = ? AND (?::VARCHAR IS NULL OR (a.level = 'DISTRICT' AND a.unit_code = ?)) "
                + "ORDER BY CASE a.level WHEN 'CITY' THEN 0 ELSE 1 END, a.unit_code")) {
            st.setInt(1, year);
            st.setString(2, districtCode);
            st.setString(3, districtCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AllocationRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), Rows.boolOrNull(rs, "is_compliant"),
                            rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                            Rows.boolOrNull(rs, "is_flagged")));
                }
            }
        }
        return out;
    }

    /** The community's names and district, if the reference knows it. */
    public Optional<String[]> community(String communityCode) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT community_code, community_name, district_code, "
                + "district_name FROM " + refs() + " WHERE community_code = ?")) {
            st.setString(1, communityCode);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)}) : Optional.empty();
            }
        }
    }

    /** Monthly balances of the community's accounts in the year, by account and month. */
    public List<BalanceRow> balances(int year, String communityCode) throws SQLException {
        List<BalanceRow> out = new ArrayList<>();
        if (!snapshot.has("fund_balances_monthly")) {
            return out;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT community_code, account_no, month, opening_cny, "
                + "income_cny, spending_cny, closing_cny, min_balance_cny, is_negative, "
                + "strftime(first_negative_day, '%Y-%m-%d'), txn_count FROM " + snapshot.from("fund_balances_monthly")
                + " WHERE year = ? AND community_code = ? ORDER BY account_no, month")) {
            st.setInt(1, year);
            st.setString(2, communityCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new BalanceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                            rs.getBoolean(9), rs.getString(10), rs.getInt(11)));
                }
            }
        }
        return out;
    }

    /**
     * Flags of a year for one community, or a district, or (both null) the city; optionally of one flag.
     */
    public List<FlagRow> flags(int year, String districtCode, String communityCode, String flag, int limit)
            throws SQLException {
        List<FlagRow> out = new ArrayList<>();
        if (!snapshot.has("fund_flags")) {
            return out;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT f.community_code, r.community_name, r.district_code, "
                + "f.account_no, f.txn_id, strftime(f.txn_date, '%Y-%m-%d'), f.month, f.year, f.flag, f.amount_cny, "
                + "f.why, f.source_file, f.line FROM " + snapshot.from("fund_flags") + " f LEFT JOIN " + refs()
                + " r ON r.community_code = f.community_code WHERE f.year = ? "
                + "AND (?::VARCHAR IS NULL OR r.district_code = ?) AND (?::VARCHAR IS NULL OR f.community_code = ?) "
                + "AND (?::VARCHAR IS NULL OR f.flag = ?) "
                + "ORDER BY f.community_code, f.flag, f.txn_date, f.txn_id NULLS FIRST, f.account_no LIMIT ?")) {
            st.setInt(1, year);
            st.setString(2, districtCode);
            st.setString(3, districtCode);
            st.setString(4, communityCode);
            st.setString(5, communityCode);
            st.setString(6, flag);
            st.setString(7, flag);
            st.setInt(8, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new FlagRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9),
                            rs.getBigDecimal(10), rs.getString(11), rs.getString(12), Rows.intOrNull(rs, "line")));
                }
            }
        }
        return out;
    }
}
