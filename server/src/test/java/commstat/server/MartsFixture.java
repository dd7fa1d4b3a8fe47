package commstat.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A warehouse root in the layout of the brief ({@code current} → {@code snapshots/<id>/}) whose snapshot holds
 * small assessment, funds and statistics marts as real Parquet written by DuckDB, in the columns of
 * {@code docs/DATA.md}. The numbers tests expect are the literals below.
 *
 * <pre>
 * districts 371902 铁西区 (3 communities), 371903 铁东区 (2 assessed, 1 NEW); run date 2026-03-01
 * 2025 city ranking: 长春路社区 88.50 EXCELLENT, 光明社区 80.00 GOOD, 和平里社区 72.10 GOOD,
 *                    新华&lt;i&gt;社区 59.99 FAIL (borderline), 幸福村社区 55.25 FAIL (robust)
 * 2026 (provisional, not published): 长春路社区 70.00 GOOD only
 * </pre>
 */
final class MartsFixture {
    public static final String SNAPSHOT = "20260301-abc123";
    public static final String TIEXI = "371902";
    public static final String TIEDONG = "371903";
    public static final String CHANGCHUN = "371902001001";
    public static final String HEPING = "371902001002";
    public static final String XINGFU = "371902002001";
    public static final String GUANGMING = "371903001001";
    public static final String XINHUA = "371903001002";

    private MartsFixture() {
    }

    /**
     * Writes the root under {@code root} and returns it: the snapshot holds these marts and the ingest tables of
     * {@link WarehouseFixture}.
     */
    static Path write(Path root) throws IOException, SQLException {
        Path snap = Files.createDirectories(root.resolve("snapshots").resolve(SNAPSHOT));
        WarehouseFixture.writeIngest(snap);
        Files.writeString(root.resolve("current"), SNAPSHOT + "\n");
        Files.writeString(snap.resolve("snapshot.json"), "{\"snapshot\": \"" + SNAPSHOT + "\", \"run_date\": \"2026-03-01\"}");
        writeTables(snap, true);
        Path pdfs = Files.createDirectories(snap.resolve("reports/assessment/2025/district"));
        Files.writeString(pdfs.resolve(TIEXI + ".pdf"), "%PDF-1.4 district report of 铁西区");
        Files.writeString(Files.createDirectories(snap.resolve("reports/assessment/2025/community"))
                .resolve(HEPING + ".pdf"), "%PDF-1.4 community profile");
        runs(root);
        publication(root);
        return root;
    }

    /**
     * The publication store: 和平里社区 2025-Q1 published as v1 (2025-04-15) and superseded by v2 (2025-05-02, a
     * resubmission); 光明社区 2025-Q1 v1 current, CSV only. The CSV files begin with the UTF-8 BOM.
     */
    static void publication(Path root) throws IOException {
        Path store = root.resolve("publication");
        String heping = "disclosures/371902/371902001002/2025-Q1/";
        String guangming = "disclosures/371903/371903001001/2025-Q1/";
        for (String v : new String[] {"v1", "v2"}) {
            Path dir = Files.createDirectories(store.resolve(heping + v));
            String base = "disclosure-371902001002-2025-Q1-" + v;
            Files.write(dir.resolve(base + ".csv"), ("\uFEFF社区,和平里社区\r\n版本," + v + "\r\n收款人,王**\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Files.writeString(dir.resolve(base + ".json"), "{\"community_name\": \"和平里社区\", \"version\": \""
                    + v + "\"}");
            Files.write(dir.resolve(base + ".pdf"), ("%PDF-1.4 " + v).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        Path g = Files.createDirectories(store.resolve(guangming + "v1"));
        Files.write(g.resolve("disclosure-371903001001-2025-Q1-v1.csv"),
                "\uFEFF社区,光明社区\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(store.resolve("index.json"), """
                {"format_version": 1, "manifests": 2, "latest_manifest": "manifests/manifest-000002.json",
                 "latest_manifest_sha256": "ab12", "disclosures": [
                  {"district_code": "371902", "district_name": "铁西区", "street_code": "371902001", "street_name": "长春路街道",
                   "community_code": "371902001002", "community_name": "和平里社区", "quarter": "2025-Q1", "version": 1,
                   "status": "superseded", "published_on": "2025-04-15", "superseded_on": "2025-05-02",
                   "superseded_by_version": 2, "change_note": null, "content_sha256": "c1",
                   "manifest": "manifests/manifest-000001.json",
                   "files": {"pdf": "%1$sv1/disclosure-371902001002-2025-Q1-v1.pdf",
                             "csv": "%1$sv1/disclosure-371902001002-2025-Q1-v1.csv",
                             "json": "%1$sv1/disclosure-371902001002-2025-Q1-v1.json"}},
                  {"district_code": "371902", "district_name": "铁西区", "street_code": "371902001", "street_name": "长春路街道",
                   "community_code": "371902001002", "community_name": "和平里社区", "quarter": "2025-Q1", "version": 2,
                   "status": "current", "published_on": "2025-05-02", "superseded_on": null, "superseded_by_version": null,
                   "change_note": "spending office 1,600.00 → 1,700.00 <b>", "content_sha256": "c2",
                   "manifest": "manifests/manifest-000002.json",
                   "files": {"pdf": "%1$sv2/disclosure-371902001002-2025-Q1-v2.pdf",
                             "csv": "%1$sv2/disclosure-371902001002-2025-Q1-v2.csv",
                             "json": "%1$sv2/disclosure-371902001002-2025-Q1-v2.json"}},
                  {"district_code": "371903", "district_name": "铁东区", "street_code": "371903001", "street_name": "光明街道",
                   "community_code": "371903001001", "community_name": "光明社区", "quarter": "2025-Q1", "version": 1,
                   "status": "current", "published_on": "2025-04-15", "superseded_on": null, "superseded_by_version": null,
                   "change_note": null, "content_sha256": "c3", "manifest": "manifests/manifest-000001.json",
                   "files": {"csv": "%2$sv1/disclosure-371903001001-2025-Q1-v1.csv"}}]}
                """.formatted(heping, guangming));
    }

    /** The marts into {@code snap}; {@code withRefs}: also the six communities' {@code ref_communities}. */
    static void writeTables(Path snap, boolean withRefs) throws IOException, SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("""
                    CREATE TABLE ref_communities AS SELECT * FROM (VALUES
                      ('371902001001', '长春路社区', '371902001', '长春路街道', '371902', '铁西区', DATE '2001-05-01', NULL::DATE),
                      ('371902001002', '和平里社区', '371902001', '长春路街道', '371902', '铁西区', NULL, NULL),
                      ('371902002001', '幸福村社区', '371902002', '胜利街道', '371902', '铁西区', NULL, NULL),
                      ('371903001001', '光明社区', '371903001', '光明街道', '371903', '铁东区', NULL, NULL),
                      ('371903001002', '新华<i>社区', '371903001', '光明街道', '371903', '铁东区', NULL, NULL),
                      ('371903001003', '新建社区', '371903001', '光明街道', '371903', '铁东区', DATE '2025-06-01', NULL))
                    t(community_code, community_name, street_code, street_name, district_code, district_name,
                      established_on, dissolved_on)""");
            st.execute("""
                    CREATE TABLE assessment_scores AS SELECT year::INT AS year, community_code, community_name,
                      street_code, district_code, score::DECIMAL(5,2) AS score, score_exact, rating,
                      district_rank::INT AS district_rank, city_rank::INT AS city_rank,
                      missing_indicators::INT AS missing_indicators, uncertainty_class, is_fully_employed
                    FROM (VALUES
                      (2025, '371902001001', '长春路社区', '371902001', '371902', 88.50, '177/2', 'EXCELLENT', 1, 1, 0, 'stable', true),
                      (2025, '371902001002', '和平里社区', '371902001', '371902', 72.10, '721/10', 'GOOD', 2, 3, 1, 'at_risk', false),
                      (2025, '371902002001', '幸福村社区', '371902002', '371902', 55.25, '221/4', 'FAIL', 3, 5, 2, 'robust', false),
                      (2025, '371903001001', '光明社区', '371903001', '371903', 80.00, '80', 'GOOD', 1, 2, 0, 'stable', false),
                      (2025, '371903001002', '新华<i>社区', '371903001', '371903', 59.99, '5999/100', 'FAIL', 2, 4, 0, 'borderline', false),
                      (2026, '371902001001', '长春路社区', '371902001', '371902', 70.00, '70', 'GOOD', 1, 1, 3, 'stable', false))
                    t(year, community_code, community_name, street_code, district_code, score, score_exact, rating,
                      district_rank, city_rank, missing_indicators, uncertainty_class, is_fully_employed)""");
            st.execute("""
                    CREATE TABLE assessment_uncertainty AS SELECT year::INT AS year, community_code, district_code, rating,
                      1000 AS runs, 20250033::BIGINT AS seed,
                      md::INT AS median_district_rank, d5::INT AS p05_district_rank, d95::INT AS p95_district_rank,
                      mc::INT AS median_city_rank, c5::INT AS p05_city_rank, c95::INT AS p95_city_rank,
                      below::INT AS runs_below_pass, p::DECIMAL(5,4) AS p_below_pass, uncertainty_class
                    FROM (VALUES
                      (2025, '371902001001', '371902', 'EXCELLENT', 1, 1, 1, 1, 1, 2, 0, 0.0000, 'stable'),
                      (2025, '371902001002', '371902', 'GOOD', 2, 2, 3, 3, 2, 4, 60, 0.0600, 'at_risk'),
                      (2025, '371902002001', '371902', 'FAIL', 3, 2, 3, 5, 4, 5, 981, 0.9810, 'robust'),
                      (2025, '371903001001', '371903', 'GOOD', 1, 1, 1, 2, 2, 3, 0, 0.0000, 'stable'),
                      (2025, '371903001002', '371903', 'FAIL', 2, 2, 2, 4, 3, 5, 512, 0.5120, 'borderline'),
                      (2026, '371902001001', '371902', 'GOOD', 1, 1, 1, 1, 1, 1, 0, 0.0000, 'stable'))
                    t(year, community_code, district_code, rating, md, d5, d95, mc, c5, c95, below, p, uncertainty_class)""");
            st.execute("""
                    CREATE TABLE assessment_indicators AS SELECT year::INT AS year, community_code, indicator,
                      weight::DECIMAL(38,10) AS weight, raw::DECIMAL(38,10) AS raw, raw_exact, is_missing, missing_reason,
                      normalised::DECIMAL(38,10) AS normalised, contribution::DECIMAL(38,10) AS contribution,
                      points_lost::DECIMAL(38,10) AS points_lost, numerator::DECIMAL(38,10) AS numerator,
                      denominator::DECIMAL(38,10) AS denominator, explanation
                    FROM (VALUES
                      (2025, '371902001002', 'timeliness', 0.10, 0.7083333333, '17/24', false, NULL, 41.6666666667,
                       4.1666666667, 5.8333333333, 34, 48,
                       '5.83 points lost on timeliness: 14 of 48 submissions not on time (2 late, 12 missing)'),
                      (2025, '371902001002', 'completeness', 0.15, 0.9583333333, '23/24', false, NULL, 91.6666666667,
                       13.7500000000, 1.2500000000, 46, 48, '1.25 points lost on completeness: 46 of 48 submissions received'),
                      (2025, '371902001002', 'fund_anomaly_points', 0.15, NULL, NULL, true,
                       'no effective funds submission in 2025', 0, 0, 15.0000000000, NULL, NULL,
                       '15.00 points lost on fund_anomaly_points: missing (no effective funds submission in 2025)'),
                      (2025, '371902001001', 'timeliness', 0.10, 1, '1', false, NULL, 100, 10, 0, 48, 48,
                       '0.00 points lost on timeliness: 0 of 48 submissions not on time'))
                    t(year, community_code, indicator, weight, raw, raw_exact, is_missing, missing_reason, normalised,
                      contribution, points_lost, numerator, denominator, explanation)""");
            st.execute("""
                    CREATE TABLE assessment_consequences AS SELECT 2025 AS year, 2026 AS applies_to_year, community_code,
                      district_code, rating, score::DECIMAL(5,2) AS score, f::INT AS funds_change_pct,
                      s::INT AS staff_pay_change_pct, commendation, uncertainty_class, needs_review
                    FROM (VALUES
                      ('371902001001', '371902', 'EXCELLENT', 88.50, 0, 0, true, 'stable', false),
                      ('371902002001', '371902', 'FAIL', 55.25, -10, -5, false, 'robust', false),
                      ('371903001002', '371903', 'FAIL', 59.99, -10, -5, false, 'borderline', true))
                    t(community_code, district_code, rating, score, f, s, commendation, uncertainty_class, needs_review)""");
            st.execute("""
                    CREATE TABLE assessment_not_assessed AS SELECT 2025 AS year, '371903001003' AS community_code,
                      '新建社区' AS community_name, '371903001' AS street_code, '371903' AS district_code,
                      DATE '2025-06-01' AS established_on, NULL::DATE AS dissolved_on, 'NEW' AS reason""");
            funds(st);
            statistics(st);
            if (withRefs) {
                copy(st, "ref_communities", snap);
            }
            for (String t : new String[] {"assessment_scores", "assessment_uncertainty",
                    "assessment_indicators", "assessment_consequences", "assessment_not_assessed",
                    "fund_flags", "fund_flag_counts", "fund_balances_monthly", "art6_allocations", "withheld_funds",
                    "reporting_rates", "reporting_grid", "stg_funds", "public_statistics", "population_monthly", "employment_monthly", "floating_active_monthly",
                    "art14_alerts"}) {
                copy(st, t, snap);
            }
        }
    }

    /**
     * Three run records in the nightly's format: 2026-03-01 succeeded (3 stages, 12.5 s), 2026-02-28 failed in
     * assess, and one record cut off mid-write (unreadable).
     */
    static void runs(Path root) throws IOException {
        Path runs = Files.createDirectories(root.resolve("runs"));
        Files.writeString(runs.resolve("20260301T020000-1.json"), """
                {"format_version": 1, "run_id": "20260301T020000-1", "status": "succeeded", "exit_code": 0,
                 "started_at": "2026-03-01T02:00:00.000+08:00", "finished_at": "2026-03-01T02:00:12.500+08:00",
                 "host": "batch1", "pid": 4711, "run_date": "2026-03-01", "snapshot": "20260301-abc123",
                 "total_millis": 12500,
                 "stages": [
                   {"name": "ingest", "status": "ok", "started_at": "2026-03-01T02:00:00.100+08:00", "millis": 4000,
                    "details": {"files": 31022, "rows_accepted": 1200456, "rows_rejected": 381}},
                   {"name": "assess", "status": "ok", "started_at": "2026-03-01T02:00:04.100+08:00", "millis": 6000,
                    "details": {"years": [2025, 2026]}},
                   {"name": "publish", "status": "ok", "started_at": "2026-03-01T02:00:10.100+08:00", "millis": 2500,
                    "details": {}}]}
                """);
        Files.writeString(runs.resolve("20260228T020000-1.json"), """
                {"format_version": 1, "run_id": "20260228T020000-1", "status": "failed", "exit_code": 3,
                 "started_at": "2026-02-28T02:00:00.000+08:00", "finished_at": "2026-02-28T02:00:05.000+08:00",
                 "run_date": "2026-02-28", "error": "assess: scheme weights sum to 0.95, not 1 <b>",
                 "stages": [
                   {"name": "ingest", "status": "ok", "started_at": "2026-02-28T02:00:00.100+08:00", "millis": 3900,
                    "details": {"files": 30990}},
                   {"name": "assess", "status": "failed", "started_at": "2026-02-28T02:00:04.000+08:00", "millis": 1000,
                    "details": {}, "error": "scheme weights sum to 0.95, not 1 <b>"}]}
                """);
        Files.writeString(runs.resolve("20260227T020000-1.json"), "{\"run_id\": \"20260227T020000-1\", \"sta");
    }

    /**
     * Funds of 2025: 和平里社区 has 2 flags (DUPLICATE_PAYMENT, NEGATIVE_BALANCE) and one account over two months;
     * 光明社区 1 OFF_BOOK_ACCOUNT. Art. 6: the city compliant, 铁西区 short by 150.00, 铁东区 compliant;
     * withheld: 铁西区 gap 2,000.00 of 100,000.00 flagged.
     */
    private static void funds(Statement st) throws SQLException {
        st.execute("""
                CREATE TABLE fund_flags AS SELECT community_code, account_no, txn_id, txn_date::DATE AS txn_date, month,
                  2025 AS year, flag, amount::DECIMAL(18,2) AS amount_cny, why, source_file, line::INT AS line
                FROM (VALUES
                  ('371902001002', 'A-001', 'T-17', '2025-03-04', '2025-03', 'DUPLICATE_PAYMENT', 800.00,
                   'OUT 800.00 repeats T-12 of 2025-03-01 to the same counterparty (the same voucher V1)',
                   '371902001002_funds_2025-03_20250405T090000.csv', 18),
                  ('371902001002', 'A-001', NULL, '2025-04-12', '2025-04', 'NEGATIVE_BALANCE', -120.50,
                   'lowest end-of-day balance -120.50 on 2025-04-12', NULL, NULL),
                  ('371903001001', 'X-999', 'T-3', '2025-02-10', '2025-02', 'OFF_BOOK_ACCOUNT', 5000.00,
                   'account X-999 is not a registered special account of 371903001001', '371903001001_funds_2025-02_20250305T090000.csv', 4))
                t(community_code, account_no, txn_id, txn_date, month, flag, amount, why, source_file, line)""");
        st.execute("""
                CREATE TABLE fund_flag_counts AS SELECT community_code, 2025 AS year, flag, count(*)::INT AS flag_count
                FROM fund_flags GROUP BY ALL""");
        st.execute("""
                CREATE TABLE fund_balances_monthly AS SELECT community_code, account_no, month, 2025 AS year,
                  o::DECIMAL(18,2) AS opening_cny, i::DECIMAL(18,2) AS income_cny, s::DECIMAL(18,2) AS spending_cny,
                  c::DECIMAL(18,2) AS closing_cny, m::DECIMAL(18,2) AS min_balance_cny, neg AS is_negative,
                  fnd::DATE AS first_negative_day, n::INT AS txn_count
                FROM (VALUES
                  ('371902001002', 'A-001', '2025-03', 1000.00, 2500.00, 3200.00, 300.00, 300.00, false, NULL, 3),
                  ('371902001002', 'A-001', '2025-04', 300.00, 0.00, 420.50, -120.50, -120.50, true, '2025-04-12', 1))
                t(community_code, account_no, month, o, i, s, c, m, neg, fnd, n)""");
        st.execute("""
                CREATE TABLE art6_allocations AS SELECT 2025 AS year, level, unit_code,
                  inc::DECIMAL(18,2) AS fiscal_income_increase_cny, req::DECIMAL(18,2) AS required_cny,
                  alloc::DECIMAL(18,2) AS allocated_cny, ok AS is_compliant, short::DECIMAL(18,2) AS shortfall_cny
                FROM (VALUES
                  ('CITY', '3719', 500000000.00, 500000.00, 600000.00, true, 0.00),
                  ('DISTRICT', '371902', 100150000.00, 100150.00, 100000.00, false, 150.00),
                  ('DISTRICT', '371903', 50000000.00, 50000.00, 50000.00, true, 0.00))
                t(level, unit_code, inc, req, alloc, ok, short)""");
        st.execute("""
                CREATE TABLE withheld_funds AS SELECT 2025 AS year, level, unit_code, alloc::DECIMAL(18,2) AS allocated_cny,
                  rec::DECIMAL(18,2) AS received_cny, gap::DECIMAL(18,2) AS gap_cny, flagged AS is_flagged
                FROM (VALUES
                  ('CITY', '3719', 600000.00, 600000.00, 0.00, false),
                  ('DISTRICT', '371902', 100000.00, 98000.00, 2000.00, true),
                  ('DISTRICT', '371903', 50000.00, 50000.00, 0.00, false))
                t(level, unit_code, alloc, rec, gap, flagged)""");
    }

    /**
     * Statistics of 2025, January and February only: 铁西区 expected 12 + 12, on time 10 + 9, late 1 + 1, missing
     * 1 + 2 (the city adds 铁东区's 8 + 8, all on time). 和平里社区: population 3,210 then 3,225, registered
     * unemployed 41 then 38, active floating 120 then 118. One Art. 14 area required in 铁西区.
     */
    private static void statistics(Statement st) throws SQLException {
        st.execute("""
                CREATE TABLE reporting_rates AS SELECT 2025 AS year, level, unit_code, dataset, period,
                  c::INT AS communities, e::INT AS expected, r::INT AS received, o::INT AS on_time, l::INT AS late,
                  m::INT AS missing, 0 AS not_yet_due, 0 AS rejected_rows, 0 AS rejected_rows_all_files
                FROM (VALUES
                  ('district', '371902', 'population', '2025-01', 3, 3, 3, 3, 0, 0),
                  ('district', '371902', 'employment', '2025-01', 3, 3, 3, 2, 1, 0),
                  ('district', '371902', 'floating',   '2025-01', 3, 3, 2, 2, 0, 1),
                  ('district', '371902', 'funds',      '2025-01', 3, 3, 3, 3, 0, 0),
                  ('district', '371902', 'population', '2025-02', 3, 3, 3, 3, 0, 0),
                  ('district', '371902', 'employment', '2025-02', 3, 3, 2, 2, 0, 1),
                  ('district', '371902', 'floating',   '2025-02', 3, 3, 2, 1, 1, 1),
                  ('district', '371902', 'funds',      '2025-02', 3, 3, 3, 3, 0, 0),
                  ('city', '3719', 'population', '2025-01', 5, 20, 19, 18, 1, 1),
                  ('city', '3719', 'population', '2025-02', 5, 20, 18, 17, 1, 2))
                t(level, unit_code, dataset, period, c, e, r, o, l, m)""");
        st.execute("""
                CREATE TABLE reporting_grid AS SELECT 2025 AS year, r.community_code, r.street_code, r.district_code,
                  d.dataset, m.period, TIMESTAMP '2025-02-10 23:59:59' AS deadline, true AS is_expected,
                  d.status <> 'missing' AS is_received, true AS is_due, d.status = 'on_time' AS is_on_time,
                  CASE WHEN r.community_code = '371902001002' AND m.period = '2025-02' AND d.dataset = 'floating'
                       THEN 'late' ELSE d.status END AS status,
                  NULL AS effective_file, NULL::TIMESTAMP AS first_accepted_at, 0 AS rejected_rows,
                  0 AS rejected_rows_all_files
                FROM ref_communities r,
                  (VALUES ('population', 'on_time'), ('employment', 'on_time'), ('floating', 'on_time'),
                          ('funds', 'on_time')) d(dataset, status),
                  (VALUES ('2025-01'), ('2025-02')) m(period)
                WHERE r.district_code = '371902'""");
        st.execute("""
                CREATE TABLE stg_funds AS SELECT 'f.csv' AS source_file, 1 AS line, community_code, period,
                  TIMESTAMP '2025-04-05 09:00:00' AS submitted_at, true AS is_effective, txn_id, 'A-001' AS account_no,
                  txn_date::DATE AS txn_date, direction, item, amount::DECIMAL(18,2) AS amount_cny, 'V1' AS voucher_no,
                  '某单位' AS counterparty, 'ORG' AS counterparty_type, '办公' AS purpose, '王主任' AS approved_by
                FROM (VALUES
                  ('371902001002', '2025-03', 'T-1', '2025-03-02', 'IN', 'DISTRICT_ALLOCATION', 2500.00),
                  ('371902001002', '2025-03', 'T-12', '2025-03-01', 'OUT', 'OFFICE', 800.00),
                  ('371902001002', '2025-03', 'T-17', '2025-03-04', 'OUT', 'OFFICE', 800.00),
                  ('371902001002', '2025-04', 'T-20', '2025-04-12', 'OUT', 'ACTIVITIES', 420.50))
                t(community_code, period, txn_id, txn_date, direction, item, amount)""");
        // The public table as the suppression job writes it: 长春路社区 WORK 3 → <5, BUSINESS 2 → <5 ... (shape only)
        st.execute("""
                CREATE TABLE public_statistics AS SELECT 2025 AS year, '2025-01' AS period, '371902' AS district_code,
                  '371902001' AS street_code, '长春路街道' AS street_name, 'floating_by_reason' AS table_name,
                  ro::INT AS row_order, rk AS row_key, rl AS row_label, co::INT AS column_order, ck AS column_key,
                  cl AS column_label, v AS value_shown, sup AS suppression
                FROM (VALUES
                  (0, '371902001001', '长春路社区', 0, 'WORK', '务工', '<5', 'primary'),
                  (0, '371902001001', '长春路社区', 1, 'STUDY', '就学', '<5', 'primary'),
                  (0, '371902001001', '长春路社区', 2, 'TOTAL', '合计', '5', 'shown'),
                  (1, '371902001002', '和平里社区', 0, 'WORK', '务工', '100', 'shown'),
                  (1, '371902001002', '和平里社区', 1, 'STUDY', '就学', 'x', 'secondary'),
                  (1, '371902001002', '和平里社区', 2, 'TOTAL', '合计', '108', 'shown'),
                  (2, 'TOTAL', '合计', 0, 'WORK', '务工', '103', 'shown'),
                  (2, 'TOTAL', '合计', 1, 'STUDY', '就学', '10', 'shown'),
                  (2, 'TOTAL', '合计', 2, 'TOTAL', '合计', '113', 'shown'))
                t(ro, rk, rl, co, ck, cl, v, sup)""");
        st.execute("""
                CREATE TABLE population_monthly AS SELECT 2025 AS year, community_code, period, true AS is_reported,
                  'f.csv' AS source_file, NULL::TIMESTAMP AS submitted_at, 1000 AS households, 3000 AS registered_residents,
                  p::INT AS resident_population
                FROM (VALUES ('371902001002', '2025-01', 3210), ('371902001002', '2025-02', 3225))
                t(community_code, period, p)""");
        st.execute("""
                CREATE TABLE employment_monthly AS SELECT 2025 AS year, community_code, period,
                  u::INT AS registered_unemployed, 2 AS new_registrations, 1 AS placements, 0 AS open_zero_households
                FROM (VALUES ('371902001002', '2025-01', 41), ('371902001002', '2025-02', 38))
                t(community_code, period, u)""");
        st.execute("""
                CREATE TABLE floating_active_monthly AS SELECT 2025 AS year, community_code, period, dimension, category,
                  a::INT AS active
                FROM (VALUES ('371902001002', '2025-01', 'total', 'ALL', 120), ('371902001002', '2025-01', 'reason', 'WORK', 100),
                             ('371902001002', '2025-01', 'reason', 'STUDY', 8), ('371902001001', '2025-01', 'reason', 'WORK', 3),
                             ('371902001001', '2025-01', 'reason', 'STUDY', 2),
                             ('371902001002', '2025-02', 'total', 'ALL', 118))
                t(community_code, period, dimension, category, a)""");
        st.execute("""
                CREATE TABLE art14_alerts AS SELECT 'A1' AS area_code, '新城花园' AS area_name, '371902' AS district_code,
                  NULL AS served_by_community_code, true AS urban_rural_fringe, false AS own_committee, 1860 AS housing_units,
                  1100 AS occupied_units, DATE '2025-12-31' AS as_of, 0.591398::DECIMAL(9,6) AS occupancy,
                  'required' AS status, '1100 of 1860 units occupied, over 50%' AS reason""");
    }

    static void copy(Statement st, String table, Path snap) throws IOException, SQLException {
        Path folder = Files.createDirectories(snap.resolve(table));
        String file = folder.resolve("part-00000.parquet").toString().replace("'", "''");
        st.execute("COPY (SELECT * FROM " + table + ") TO '" + file + "' (FORMAT parquet)");
    }
}
