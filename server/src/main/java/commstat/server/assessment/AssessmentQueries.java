package commstat.server.assessment;

import commstat.server.marts.Rows;
import commstat.server.marts.Snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The assessment marts of one snapshot, read on the caller's connection. Every value from a request is a bound
 * parameter; the rows come back whole, and the caller cuts them down to what the scope may see.
 */
public final class AssessmentQueries {
    private final Connection db;
    private final Snapshot snapshot;

    public AssessmentQueries(Connection db, Snapshot snapshot) {
        this.db = requireNonNull(db, "db is null");
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
    }

    /** Years with scores, newest first. */
    public List<Integer> years() throws SQLException {
        List<Integer> out = new ArrayList<>();
        if (!snapshot.has("assessment_scores")) {
            return out;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT DISTINCT year FROM "
                + snapshot.from("assessment_scores") + " ORDER BY year DESC");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    /** Districts of the reference, by code. */
    public List<Rankings.District> districts() throws SQLException {
        List<Rankings.District> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT district_code, min(district_name) FROM "
                + snapshot.from("ref_communities") + " GROUP BY district_code ORDER BY district_code");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Rankings.District(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    /** The ranking of a year: a district's ({@code districtCode}) by district rank, else the city's by city rank. */
    public List<RankingRow> ranking(int year, String districtCode) throws SQLException {
        String order = districtCode == null ? "s.city_rank, s.community_code" : "s.district_rank, s.community_code";
        return rows(year, districtCode == null ? null : "s.district_code = ?", districtCode, order);
    }

    public Optional<RankingRow> row(int year, String communityCode) throws SQLException {
        return rows(year, "s.community_code = ?", communityCode, "s.community_code").stream().findFirst();
    }

    private List<RankingRow> rows(int year, String condition, String value, String order) throws SQLException {
        boolean withUncertainty = snapshot.has("assessment_uncertainty");
        String sql = "SELECT s.year, s.community_code, coalesce(s.community_name, r.community_name) AS community_name, "
                + "s.street_code, r.street_name, s.district_code, r.district_name, s.rating, s.district_rank, "
                + "s.city_rank, s.score, s.missing_indicators, s.is_fully_employed, s.uncertainty_class, "
                + (withUncertainty
                ? "u.median_district_rank, u.p05_district_rank, u.p95_district_rank, u.median_city_rank, "
                + "u.p05_city_rank, u.p95_city_rank, u.p_below_pass "
                : "NULL::INT AS median_district_rank, NULL::INT AS p05_district_rank, NULL::INT AS p95_district_rank, "
                + "NULL::INT AS median_city_rank, NULL::INT AS p05_city_rank, NULL::INT AS p95_city_rank, "
                + "NULL::DECIMAL(5,4) AS p_below_pass ")
                + "FROM " + snapshot.from("assessment_scores") + " s "
                + "LEFT JOIN (SELECT community_code, min(community_name) AS community_name, min(street_name) AS street_name, "
                + "min(district_name) AS district_name FROM " + snapshot.from("ref_communities")
                + " GROUP BY community_code) r ON r.community_code = s.community_code "
                + (withUncertainty ? "LEFT JOIN " + snapshot.from("assessment_uncertainty")
                + " u ON u.year = s.year AND u.community_code = s.community_code " : "")
                + "WHERE s.year = ?" + (condition == null ? "" : " AND " + condition) + " ORDER BY " + order;
        List<RankingRow> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setInt(1, year);
            if (condition != null) {
                st.setString(2, value);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new RankingRow(rs.getInt("year"), rs.getString("community_code"),
                            rs.getString("community_name"), rs.getString("street_code"), rs.getString("street_name"),
                            rs.getString("district_code"), rs.getString("district_name"), rs.getString("rating"),
                            rs.getInt("district_rank"), rs.getInt("city_rank"), rs.getBigDecimal("score"),
                            Rows.intOrNull(rs, "missing_indicators"), Rows.boolOrNull(rs, "is_fully_employed"),
                            rs.getString("uncertainty_class"), Rows.intOrNull(rs, "median_district_rank"),
                            Rows.intOrNull(rs, "p05_district_rank"), Rows.intOrNull(rs, "p95_district_rank"),
                            Rows.intOrNull(rs, "median_city_rank"), Rows.intOrNull(rs, "p05_city_rank"),
                            Rows.intOrNull(rs, "p95_city_rank"), rs.getBigDecimal("p_below_pass")));
                }
            }
        }
        return out;
    }

    /** The indicators of a community in scheme order as stored (by weight, then code, for a stable page). */
    public List<IndicatorRow> indicators(int year, String communityCode) throws SQLException {
        List<IndicatorRow> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT indicator, weight, raw, raw_exact, is_missing, "
                + "missing_reason, normalised, contribution, points_lost, numerator, denominator, explanation FROM "
                + snapshot.from("assessment_indicators")
                + " WHERE year = ? AND community_code = ? ORDER BY points_lost DESC, indicator")) {
            st.setInt(1, year);
            st.setString(2, communityCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new IndicatorRow(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                            rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getBigDecimal(7),
                            rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                            rs.getString(12)));
                }
            }
        }
        return out;
    }

    /** Consequences of a year, for a district or (null) the city, worst score first. */
    public List<Consequence> consequences(int year, String districtCode) throws SQLException {
        List<Consequence> out = new ArrayList<>();
        if (!snapshot.has("assessment_consequences")) {
            return out;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT c.year, c.applies_to_year, c.community_code, "
                + "r.community_name, c.district_code, c.rating, c.score, c.funds_change_pct, c.staff_pay_change_pct, "
                + "c.commendation, c.uncertainty_class, c.needs_review FROM "
                + snapshot.from("assessment_consequences") + " c LEFT JOIN (SELECT community_code, "
                + "min(community_name) AS community_name FROM " + snapshot.from("ref_communities")
                + " GROUP BY community_code) r ON r.community_code = c.community_code "
                + "WHERE c.year = ? AND (? IS NULL OR c.district_code = ?) ORDER BY c.score, c.community_code")) {
            st.setInt(1, year);
            st.setString(2, districtCode);
            st.setString(3, districtCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Consequence(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getInt(8), rs.getInt(9),
                            rs.getBoolean(10), rs.getString(11), rs.getBoolean(12)));
                }
            }
        }
        return out;
    }

    public List<NotAssessed> notAssessed(int year, String districtCode) throws SQLException {
        List<NotAssessed> out = new ArrayList<>();
        if (!snapshot.has("assessment_not_assessed")) {
            return out;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT community_code, community_name, district_code, reason "
                + "FROM " + snapshot.from("assessment_not_assessed")
                + " WHERE year = ? AND (? IS NULL OR district_code = ?) ORDER BY community_code")) {
            st.setInt(1, year);
            st.setString(2, districtCode);
            st.setString(3, districtCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new NotAssessed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }
}
