package commstat.reports.assessment;

import commstat.reports.assessment.AssessmentData.Consequence;
import commstat.reports.assessment.AssessmentData.Indicator;
import commstat.reports.assessment.AssessmentData.ReportingCell;
import commstat.reports.assessment.AssessmentData.Score;
import commstat.reports.assessment.AssessmentData.TrendMonth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the assessment and statistics marts of one year from a snapshot folder through DuckDB
 * ({@code read_parquet('<snapshot>/<table>/*.parquet')}, docs/DATA.md). {@code assessment_scores}
 * is required; every other table may be missing and then contributes nothing.
 */
public final class AssessmentMartReader {

    private final Path snapshot;

    public AssessmentMartReader(Path snapshot) {
        this.snapshot = snapshot;
    }

    public AssessmentData read(int year) {
        if (!hasTable("assessment_scores")) {
            throw new IllegalArgumentException("no assessment_scores in " + snapshot + ": run `commstat assess` first");
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            List<Score> scores = scores(db, year);
            if (scores.isEmpty()) {
                throw new IllegalArgumentException("assessment_scores in " + snapshot + " has no rows for year " + year);
            }
            return new AssessmentData(year, scores, indicators(db, year), consequences(db, year),
                    trends(db, year), reporting(db, year), districtNames(db));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the assessment marts of " + year + " in " + snapshot + ": "
                    + e.getMessage(), e);
        }
    }

    private boolean hasTable(String table) {
        Path dir = snapshot.resolve(table);
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private String table(String table) {
        return "read_parquet('" + snapshot.resolve(table).toString().replace("'", "''") + "/*.parquet')";
    }

    private List<Score> scores(Connection db, int year) throws SQLException {
        String uncertainty = hasTable("assessment_uncertainty")
                ? "(SELECT * FROM " + table("assessment_uncertainty") + " WHERE year = " + year + ")"
                : "(SELECT NULL::VARCHAR community_code, NULL::INT p05_district_rank, NULL::INT p95_district_rank,"
                  + " NULL::INT p05_city_rank, NULL::INT p95_city_rank, NULL::DECIMAL(5,4) p_below_pass WHERE false)";
        String sql = "SELECT s.community_code, s.community_name, s.street_code, s.district_code, s.score, s.rating,"
                + " s.district_rank, s.city_rank, s.missing_indicators, s.uncertainty_class, s.is_fully_employed,"
                + " u.p05_district_rank, u.p95_district_rank, u.p05_city_rank, u.p95_city_rank, u.p_below_pass"
                + " FROM " + table("assessment_scores") + " s LEFT JOIN " + uncertainty + " u USING (community_code)"
                + " WHERE s.year = ? ORDER BY s.district_code, s.district_rank, s.community_code";
        List<Score> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setInt(1, year);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Score(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                            rs.getString(10), rs.getBoolean(11), integer(rs, 12), integer(rs, 13), integer(rs, 14),
                            integer(rs, 15), rs.getBigDecimal(16)));
                }
            }
        }
        return rows;
    }

    private List<Indicator> indicators(Connection db, int year) throws SQLException {
        if (!hasTable("assessment_indicators")) {
            return List.of();
        }
        String sql = "SELECT community_code, indicator, weight, raw, normalised, contribution, points_lost, is_missing,"
                + " explanation FROM " + table("assessment_indicators") + " WHERE year = ? ORDER BY community_code, indicator";
        List<Indicator> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setInt(1, year);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Indicator(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBoolean(8),
                            rs.getString(9)));
                }
            }
        }
        rows.sort(Comparator.comparing(Indicator::communityCode)
                .thenComparing(i -> AssessmentLabels.indicatorRank(i.indicator()))
                .thenComparing(Indicator::indicator));
        return rows;
    }

    private List<Consequence> consequences(Connection db, int year) throws SQLException {
        if (!hasTable("assessment_consequences")) {
            return List.of();
        }
        String sql = "SELECT community_code, district_code, applies_to_year, rating, score, funds_change_pct,"
                + " staff_pay_change_pct, commendation, uncertainty_class, needs_review FROM "
                + table("assessment_consequences") + " WHERE year = ? ORDER BY district_code, community_code";
        List<Consequence> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setInt(1, year);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Consequence(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7), rs.getBoolean(8), rs.getString(9),
                            rs.getBoolean(10)));
                }
            }
        }
        return rows;
    }

    /** Resident population, registered unemployed and active floating residents per community and month. */
    private List<TrendMonth> trends(Connection db, int year) throws SQLException {
        String population = part("population_monthly", "resident_population", year, "");
        String employment = part("employment_monthly", "registered_unemployed", year, "");
        String floating = part("floating_active_monthly", "active", year, " AND dimension = 'total'");
        String sql = "WITH p AS (" + population + "), e AS (" + employment + "), f AS (" + floating + "),"
                + " k AS (SELECT community_code, period FROM p UNION SELECT community_code, period FROM e"
                + " UNION SELECT community_code, period FROM f)"
                + " SELECT k.community_code, k.period, p.v, e.v, f.v FROM k"
                + " LEFT JOIN p USING (community_code, period) LEFT JOIN e USING (community_code, period)"
                + " LEFT JOIN f USING (community_code, period) ORDER BY k.community_code, k.period";
        List<TrendMonth> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new TrendMonth(rs.getString(1), rs.getString(2), integer(rs, 3), integer(rs, 4), integer(rs, 5)));
            }
        }
        return rows;
    }

    private String part(String table, String column, int year, String extra) {
        if (!hasTable(table)) {
            return "SELECT NULL::VARCHAR community_code, NULL::VARCHAR period, NULL::INT v WHERE false";
        }
        return "SELECT community_code, period, " + column + "::INT v FROM " + table(table)
                + " WHERE year = " + year + extra;
    }

    /** Worst status over the datasets expected in the month: missing, then late, then on time, then not yet due. */
    private List<ReportingCell> reporting(Connection db, int year) throws SQLException {
        if (!hasTable("reporting_grid")) {
            return List.of();
        }
        String sql = "SELECT community_code, period, CASE max(CASE status WHEN 'missing' THEN 3 WHEN 'late' THEN 2"
                + " WHEN 'on_time' THEN 1 ELSE 0 END) WHEN 3 THEN 'missing' WHEN 2 THEN 'late' WHEN 1 THEN 'on_time'"
                + " ELSE 'not_yet_due' END FROM " + table("reporting_grid")
                + " WHERE year = ? AND status <> 'not_expected' GROUP BY community_code, period ORDER BY 1, 2";
        List<ReportingCell> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setInt(1, year);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ReportingCell(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return rows;
    }

    private Map<String, String> districtNames(Connection db) throws SQLException {
        Map<String, String> names = new TreeMap<>();
        if (!hasTable("ref_communities")) {
            return names;
        }
        String sql = "SELECT district_code, min(district_name) FROM " + table("ref_communities")
                + " WHERE district_name IS NOT NULL GROUP BY district_code";
        try (PreparedStatement st = db.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        return names;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
