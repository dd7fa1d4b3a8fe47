package commstat.server.dashboard;

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
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/** The figures of the dashboards, from the marts of one snapshot, for the city ({@code null}) or a district. */
public final class DashboardQueries {
    public static final List<String> RATINGS = List.of("EXCELLENT", "GOOD", "PASS", "FAIL");

    private final Connection db;
    private final Snapshot snapshot;

    public DashboardQueries(Connection db, Snapshot snapshot) {
        this.db = requireNonNull(db, "db is null");
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
    }

    /** Communities by rating in the year, in band order (every band present, maybe 0). */
    public Map<String, Integer> ratings(int year, String districtCode) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        RATINGS.forEach(r -> out.put(r, 0));
        if (!snapshot.has("assessment_scores")) {
            return out;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT rating, count(*) FROM "
                + snapshot.from("assessment_scores") + " WHERE year = ? AND (?::VARCHAR IS NULL OR district_code = ?) "
                + "GROUP BY rating ORDER BY rating")) {
            bind(st, year, districtCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    public int failsNeedingReview(int year, String districtCode) throws SQLException {
        if (!snapshot.has("assessment_consequences")) {
            return 0;
        }
        return count("SELECT count(*) FROM " + snapshot.from("assessment_consequences")
                + " WHERE year = ? AND needs_review AND (?::VARCHAR IS NULL OR district_code = ?)", year, districtCode);
    }

    /** The year's reporting by month, summed over datasets, at city or district level. */
    public List<MonthlyReporting> reporting(int year, String districtCode) throws SQLException {
        List<MonthlyReporting> out = new ArrayList<>();
        if (!snapshot.has("reporting_rates")) {
            return out;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT period, sum(expected), sum(received), sum(on_time), "
                + "sum(late), sum(missing), sum(not_yet_due) FROM " + snapshot.from("reporting_rates")
                + " WHERE year = ? AND level = CASE WHEN ?::VARCHAR IS NULL THEN 'city' ELSE 'district' END "
                + "AND (? IS NULL OR unit_code = ?) GROUP BY period ORDER BY period")) {
            st.setInt(1, year);
            st.setString(2, districtCode);
            st.setString(3, districtCode);
            st.setString(4, districtCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new MonthlyReporting(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                }
            }
        }
        return out;
    }

    public Integer fundFlags(int year, String districtCode) throws SQLException {
        if (!snapshot.has("fund_flag_counts")) {
            return null;
        }
        return count("SELECT coalesce(sum(c.flag_count), 0) FROM " + snapshot.from("fund_flag_counts") + " c JOIN "
                + "(SELECT DISTINCT community_code, district_code FROM " + snapshot.from("ref_communities")
                + ") r USING (community_code) WHERE c.year = ? AND (?::VARCHAR IS NULL OR r.district_code = ?)",
                year, districtCode);
    }

    public Integer art14Required(String districtCode) throws SQLException {
        if (!snapshot.has("art14_alerts")) {
            return null;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT count(*) FROM " + snapshot.from("art14_alerts")
                + " WHERE status = 'required' AND (?::VARCHAR IS NULL OR district_code = ?)")) {
            st.setString(1, districtCode);
            st.setString(2, districtCode);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** A community's months of the year: population, registered unemployed, active floating residents. */
    public List<MonthlyTrend> trends(int year, String communityCode) throws SQLException {
        Map<String, Integer[]> months = new TreeMap<>();
        monthly(months, 0, "population_monthly", "resident_population", "", year, communityCode);
        monthly(months, 1, "employment_monthly", "registered_unemployed", "", year, communityCode);
        monthly(months, 2, "floating_active_monthly", "active", " AND dimension = 'total'", year, communityCode);
        List<MonthlyTrend> out = new ArrayList<>();
        months.forEach((p, v) -> out.add(new MonthlyTrend(p, v[0], v[1], v[2])));
        return out;
    }

    private void monthly(Map<String, Integer[]> months, int slot, String table, String column, String extra, int year,
                         String communityCode) throws SQLException {
        if (!snapshot.has(table)) {
            return;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT period, " + column + " AS v FROM "
                + snapshot.from(table) + " WHERE year = ? AND community_code = ?" + extra + " ORDER BY period")) {
            st.setInt(1, year);
            st.setString(2, communityCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    months.computeIfAbsent(rs.getString(1), k -> new Integer[3])[slot] = Rows.intOrNull(rs, "v");
                }
            }
        }
    }

    private int count(String sql, int year, String districtCode) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            bind(st, year, districtCode);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void bind(PreparedStatement st, int year, String districtCode) throws SQLException {
        st.setInt(1, year);
        st.setString(2, districtCode);
        st.setString(3, districtCode);
    }
}
