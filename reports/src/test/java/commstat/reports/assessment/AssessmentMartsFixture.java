package commstat.reports.assessment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the assessment and statistics marts of 2025 as real Parquet with DuckDB, in the column
 * names and types of docs/DATA.md, for the communities of {@code data-samples/landing/reference/communities.csv}
 * (60 communities, Chinese names). The figures are arithmetic on the community code, so every
 * number is known without Spark: normalised value of indicator k = (code × (k + 3)) mod 101,
 * score = Σ weight × normalised, ranks and ratings as assessment.md says.
 */
public final class AssessmentMartsFixture {

    static final int YEAR = 2025;

    private AssessmentMartsFixture() {
    }

    static Path communitiesCsv() {
        Path repo = Path.of(System.getProperty("commstat.repo.dir", ".."));
        Path csv = repo.resolve("data-samples/landing/reference/communities.csv");
        if (!Files.isRegularFile(csv)) {
            csv = Path.of("..", "data-samples/landing/reference/communities.csv");
        }
        return csv.toAbsolutePath().normalize();
    }

    public static Path write(Path snapshot) throws Exception {
        return write(snapshot, "");
    }

    /** Only the communities whose code starts with {@code codePrefix} (e.g. one street), for tests that render twice. */
    public static Path write(Path snapshot, String codePrefix) throws Exception {
        Files.createDirectories(snapshot);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE ref_communities AS SELECT * FROM read_csv('" + communitiesCsv()
                    + "', header = true, all_varchar = true)");
            st.execute("""
                    CREATE TABLE scheme AS SELECT * FROM (VALUES
                      (0, 'completeness', 0.15), (1, 'timeliness', 0.10), (2, 'data_quality', 0.10),
                      (3, 'unemployment_rate', 0.15), (4, 'placement_rate', 0.10), (5, 'zero_household_clearance', 0.10),
                      (6, 'fund_anomaly_points', 0.15), (7, 'safety_incidents_per_1000', 0.05), (8, 'satisfaction', 0.05),
                      (9, 'street_evaluation', 0.05)) t(k, indicator, weight)""");
            st.execute("""
                    CREATE TABLE assessed AS SELECT community_code, community_name, street_code, district_code,
                      CAST(right(community_code, 6) AS INTEGER) AS n
                    FROM ref_communities WHERE (dissolved_on IS NULL OR dissolved_on = '')
                      AND starts_with(community_code, '%PREFIX%')""".replace("%PREFIX%", codePrefix));
            st.execute("""
                    CREATE TABLE assessment_indicators AS SELECT 2025 AS year, a.community_code, s.indicator,
                      CAST(s.weight AS DECIMAL(38,10)) AS weight,
                      CAST(CASE WHEN s.k = 8 AND a.n % 7 = 0 THEN NULL ELSE (a.n * (s.k + 3)) % 101 / 100.0 END AS DECIMAL(38,10)) AS raw,
                      CASE WHEN s.k = 8 AND a.n % 7 = 0 THEN NULL ELSE CAST((a.n * (s.k + 3)) % 101 AS VARCHAR) || '/100' END AS raw_exact,
                      (s.k = 8 AND a.n % 7 = 0) AS is_missing,
                      CASE WHEN s.k = 8 AND a.n % 7 = 0 THEN 'no satisfaction survey in 2025' END AS missing_reason,
                      CAST(CASE WHEN s.k = 8 AND a.n % 7 = 0 THEN 0 ELSE least(100, (a.n * (s.k + 3)) % 101) END AS DECIMAL(38,10)) AS normalised,
                      CAST(s.weight * CASE WHEN s.k = 8 AND a.n % 7 = 0 THEN 0 ELSE least(100, (a.n * (s.k + 3)) % 101) END AS DECIMAL(38,10)) AS contribution,
                      CAST(s.weight * (100 - CASE WHEN s.k = 8 AND a.n % 7 = 0 THEN 0 ELSE least(100, (a.n * (s.k + 3)) % 101) END) AS DECIMAL(38,10)) AS points_lost,
                      NULL::DECIMAL(38,10) AS numerator, NULL::DECIMAL(38,10) AS denominator,
                      printf('%.2f points lost on %s', s.weight * (100 - CASE WHEN s.k = 8 AND a.n % 7 = 0 THEN 0 ELSE least(100, (a.n * (s.k + 3)) % 101) END), s.indicator) AS explanation
                    FROM assessed a CROSS JOIN scheme s""");
            st.execute("""
                    CREATE TABLE sums AS SELECT a.*, CAST(round(sum(i.contribution), 2) AS DECIMAL(5,2)) AS score,
                      CAST(sum(i.contribution) AS VARCHAR) AS score_exact, CAST(sum(CASE WHEN i.is_missing THEN 1 ELSE 0 END) AS INTEGER) AS missing_indicators
                    FROM assessed a JOIN assessment_indicators i USING (community_code) GROUP BY ALL""");
            st.execute("""
                    CREATE TABLE assessment_scores AS SELECT 2025 AS year, community_code, community_name, street_code, district_code,
                      score, score_exact,
                      CASE WHEN score >= 85 THEN 'EXCELLENT' WHEN score >= 70 THEN 'GOOD' WHEN score >= 60 THEN 'PASS' ELSE 'FAIL' END AS rating,
                      CAST(rank() OVER (PARTITION BY district_code ORDER BY score DESC) AS INTEGER) AS district_rank,
                      CAST(rank() OVER (ORDER BY score DESC) AS INTEGER) AS city_rank,
                      missing_indicators,
                      CASE WHEN score < 55 THEN 'robust' WHEN score < 60 THEN 'borderline' WHEN score < 63 THEN 'at_risk' ELSE 'stable' END AS uncertainty_class,
                      (n % 5 = 0) AS is_fully_employed
                    FROM sums""");
            st.execute("""
                    CREATE TABLE assessment_uncertainty AS SELECT year, community_code, district_code, rating, 1000 AS runs, CAST(42 AS BIGINT) AS seed,
                      district_rank AS median_district_rank, CAST(greatest(1, district_rank - 1) AS INTEGER) AS p05_district_rank,
                      CAST(district_rank + 2 AS INTEGER) AS p95_district_rank,
                      city_rank AS median_city_rank, CAST(greatest(1, city_rank - 3) AS INTEGER) AS p05_city_rank,
                      CAST(city_rank + 4 AS INTEGER) AS p95_city_rank,
                      CAST(CASE WHEN score < 60 THEN 900 WHEN score < 63 THEN 120 ELSE 0 END AS INTEGER) AS runs_below_pass,
                      CAST(CASE WHEN score < 60 THEN 0.9 WHEN score < 63 THEN 0.12 ELSE 0 END AS DECIMAL(5,4)) AS p_below_pass,
                      uncertainty_class
                    FROM assessment_scores""");
            st.execute("""
                    CREATE TABLE assessment_consequences AS SELECT year, 2026 AS applies_to_year, community_code, district_code, rating, score,
                      CASE rating WHEN 'FAIL' THEN -10 ELSE 0 END AS funds_change_pct,
                      CASE rating WHEN 'FAIL' THEN -5 ELSE 0 END AS staff_pay_change_pct,
                      rating = 'EXCELLENT' AS commendation, uncertainty_class, uncertainty_class = 'borderline' AS needs_review
                    FROM assessment_scores WHERE rating IN ('FAIL', 'EXCELLENT')""");
            st.execute("CREATE TABLE months AS SELECT m, printf('2025-%02d', m) AS period FROM range(1, 13) t(m)");
            st.execute("""
                    CREATE TABLE population_monthly AS SELECT 2025 AS year, a.community_code, period,
                      NOT (m = 5 AND a.n % 3 = 0) AS is_reported,
                      CASE WHEN m = 5 AND a.n % 3 = 0 THEN NULL ELSE CAST(3000 + a.n * 7 + m * 3 AS INTEGER) END AS resident_population
                    FROM assessed a CROSS JOIN months""");
            st.execute("""
                    CREATE TABLE employment_monthly AS SELECT 2025 AS year, a.community_code, period,
                      CAST(20 + (a.n + m) % 9 AS INTEGER) AS registered_unemployed, CAST(m % 3 AS INTEGER) AS new_registrations,
                      CAST(m % 2 AS INTEGER) AS placements, CAST(a.n % 2 AS INTEGER) AS open_zero_households
                    FROM assessed a CROSS JOIN months""");
            st.execute("""
                    CREATE TABLE floating_active_monthly AS SELECT 2025 AS year, a.community_code, period, 'total' AS dimension,
                      'ALL' AS category, CAST(100 + (a.n * m) % 40 AS INTEGER) AS active
                    FROM assessed a CROSS JOIN months""");
            st.execute("""
                    CREATE TABLE reporting_grid AS SELECT 2025 AS year, a.community_code, a.street_code, a.district_code, d.dataset, period,
                      true AS is_expected,
                      CASE WHEN (a.n + m + length(d.dataset)) % 11 = 0 THEN 'missing' WHEN (a.n + m) % 7 = 0 THEN 'late' ELSE 'on_time' END AS status
                    FROM assessed a CROSS JOIN months CROSS JOIN (VALUES ('population'), ('employment'), ('floating'), ('funds')) d(dataset)""");
            for (String table : new String[] {"ref_communities", "assessment_scores", "assessment_indicators",
                    "assessment_uncertainty", "assessment_consequences", "population_monthly", "employment_monthly",
                    "floating_active_monthly", "reporting_grid"}) {
                copy(st, table, snapshot);
            }
        }
        return snapshot;
    }

    static void copy(Statement st, String table, Path snapshot) throws Exception {
        Path dir = snapshot.resolve(table);
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        st.execute("COPY (SELECT * FROM " + table + " ORDER BY ALL) TO '" + dir.resolve("part-00000.parquet")
                + "' (FORMAT parquet)");
    }

    /** Changes one community's score in the snapshot's {@code assessment_scores} (nothing else). */
    static void changeScore(Path snapshot, String communityCode, String newScore) throws SQLException, Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE assessment_scores AS SELECT * FROM read_parquet('"
                    + snapshot.resolve("assessment_scores") + "/*.parquet')");
            st.execute("UPDATE assessment_scores SET score = " + newScore + " WHERE community_code = '" + communityCode + "'");
            copy(st, "assessment_scores", snapshot);
        }
    }
}
