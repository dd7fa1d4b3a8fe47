-- The DuckDB reference (bench/README.md): macros and shared views the mart queries use.
-- Statements are separated by a semicolon at the end of a line. ${year}, ${run_date} and ${deadline_day} are
-- filled in by the driver; every warehouse table is a view of its name.

-- Optional tables an absent folder leaves out (a view of the same name, when there is one, wins): then empty.
CREATE TABLE IF NOT EXISTS fund_anomaly_points (community_code VARCHAR, year INTEGER, fund_anomaly_points INTEGER);
CREATE TABLE IF NOT EXISTS ref_opening_balances (
    account_no VARCHAR, community_code VARCHAR, as_of DATE, balance_cny DECIMAL(18, 2));

-- Exact fractions {n, d}, lowest terms, d > 0 (the Spark job's Fraction, assessment.md: exact arithmetic).
CREATE OR REPLACE MACRO fr(n, d) AS
    {'n': (sign(d) * n // abs(gcd(n, d)))::HUGEINT, 'd': (abs(d) // abs(gcd(n, d)))::HUGEINT};
CREATE OR REPLACE MACRO fadd(a, b) AS fr(a.n * b.d + b.n * a.d, a.d * b.d);
CREATE OR REPLACE MACRO fsub(a, b) AS fr(a.n * b.d - b.n * a.d, a.d * b.d);
CREATE OR REPLACE MACRO fmul(a, b) AS fr(a.n * b.n, a.d * b.d);
CREATE OR REPLACE MACRO fdiv(a, b) AS fr(a.n * b.d, a.d * b.n);
CREATE OR REPLACE MACRO fclamp01(a) AS
    CASE WHEN a.n < 0 THEN fr(0, 1) WHEN a.n > a.d THEN fr(1, 1) ELSE a END;
-- A decimal (scale ≤ 10) as a fraction.
CREATE OR REPLACE MACRO fdec(x) AS fr((x::DECIMAL(38, 10) * 10000000000)::HUGEINT, 10000000000);
-- Half up (away from zero on a tie, as BigDecimal.HALF_UP) to 10 and to 2 places.
CREATE OR REPLACE MACRO fround(a, places) AS
    sign(a.n) * ((abs(a.n) * (10::HUGEINT ** places)::HUGEINT * 2 + a.d) // (2 * a.d));
CREATE OR REPLACE MACRO f10(a) AS fround(a, 10)::DECIMAL(38, 0) * 0.0000000001::DECIMAL(38, 10);
CREATE OR REPLACE MACRO f2(a) AS (fround(a, 2)::DECIMAL(38, 0) * 0.01::DECIMAL(38, 2));
-- p/q, or p when q = 1 (Fraction.toString).
CREATE OR REPLACE MACRO fstr(a) AS CASE WHEN a.d = 1 THEN a.n::VARCHAR ELSE a.n::VARCHAR || '/' || a.d::VARCHAR END;
-- BigDecimal.stripTrailingZeros().toPlainString().
CREATE OR REPLACE MACRO plain(x) AS
    CASE WHEN x::VARCHAR LIKE '%.%' THEN rtrim(rtrim(x::VARCHAR, '0'), '.') ELSE x::VARCHAR END;

-- The default scheme (jobs/src/main/resources/assessment-scheme.json), goalposts as exact fractions.
CREATE OR REPLACE TABLE scheme AS
SELECT ord, indicator, label, weight::DECIMAL(38, 10) AS weight,
       fdec(weight) AS w, fdec(worst) AS worst, fdec(best) AS best
FROM (VALUES
    (1, 'completeness', 'completeness', 0.15, 0.5, 1.0),
    (2, 'timeliness', 'timeliness', 0.10, 0.5, 1.0),
    (3, 'data_quality', 'data quality', 0.10, 0.9, 1.0),
    (4, 'unemployment_rate', 'the unemployment rate', 0.15, 0.10, 0.02),
    (5, 'placement_rate', 'the placement rate', 0.10, 0.2, 0.8),
    (6, 'zero_household_clearance', 'zero-employment household clearance', 0.10, 0.5, 1.0),
    (7, 'fund_anomaly_points', 'fund anomalies', 0.15, 10, 0),
    (8, 'safety_incidents_per_1000', 'safety incidents', 0.05, 5, 0),
    (9, 'satisfaction', 'residents'' satisfaction', 0.05, 60, 95),
    (10, 'street_evaluation', 'the street evaluation', 0.05, 60, 95)
) AS t(ord, indicator, label, weight, worst, best);

-- Assessed in Y: established on or before Y-01-01, not dissolved before Y-12-31.
CREATE OR REPLACE VIEW assessed AS
SELECT community_code, community_name, street_code, district_code
FROM ref_communities
WHERE (established_on IS NULL OR established_on <= DATE '${year}-01-01')
  AND (dissolved_on IS NULL OR dissolved_on >= DATE '${year}-12-31');

-- What each indicator needs, per assessed community (IndicatorCounts).
CREATE OR REPLACE VIEW assessment_counts AS
WITH pairs AS (
    SELECT community_code, count(*) AS pairs_received, count_if(is_on_time) AS pairs_on_time,
           count_if(dataset = 'employment') AS employment_months
    FROM submissions_effective
    WHERE period LIKE '${year}-%' AND dataset IN ('population', 'employment', 'floating', 'funds')
    GROUP BY community_code),
rows_read AS (
    SELECT community_code, sum(rows_read) AS rows_read, sum(rows_accepted) AS rows_accepted
    FROM ingest_files WHERE is_effective AND period LIKE '${year}-%'
    GROUP BY community_code),
events AS (
    SELECT community_code, person_key, household_id, event_type, event_date
    FROM stg_employment WHERE is_effective),
persons AS (
    SELECT community_code,
           count_if(latest.r = 0) AS unemployed,
           count_if(first_registered IS NOT NULL) AS registered,
           count_if(last_placed >= first_registered) AS placed
    FROM (SELECT community_code, person_key,
                 -- latest status event ≤ Y-12-31; on one day an employment event (r = 1) wins
                 max({'d': event_date, 'r': CASE WHEN event_type = 'UNEMPLOYED_REGISTERED' THEN 0 ELSE 1 END})
                     FILTER (WHERE event_type IN ('UNEMPLOYED_REGISTERED', 'EMPLOYED', 'FLEXIBLE_VERIFIED')
                             AND event_date <= DATE '${year}-12-31') AS latest,
                 min(event_date) FILTER (WHERE event_type = 'UNEMPLOYED_REGISTERED' AND year(event_date) = ${year}) AS first_registered,
                 max(event_date) FILTER (WHERE event_type IN ('EMPLOYED', 'FLEXIBLE_VERIFIED') AND year(event_date) = ${year}) AS last_placed
          FROM events GROUP BY community_code, person_key)
    GROUP BY community_code),
households AS (
    SELECT community_code, count(*) AS declared,
           count_if(len(list_filter(cleared, lambda d: d >= first_declared AND d - first_declared <= 30)) > 0) AS cleared
    FROM (SELECT community_code, household_id,
                 min(event_date) FILTER (WHERE event_type = 'ZERO_HOUSEHOLD_DECLARED') AS first_declared,
                 list(event_date) FILTER (WHERE event_type = 'ZERO_HOUSEHOLD_CLEARED') AS cleared
          FROM events
          WHERE year(event_date) = ${year} AND event_type IN ('ZERO_HOUSEHOLD_DECLARED', 'ZERO_HOUSEHOLD_CLEARED')
          GROUP BY community_code, household_id)
    WHERE first_declared IS NOT NULL
    GROUP BY community_code),
population AS (
    SELECT community_code, max(period) AS period,
           arg_max(aged_18_59, period) AS aged_18_59, arg_max(resident_population, period) AS resident_population
    FROM stg_population WHERE is_effective AND period LIKE '${year}-%'
    GROUP BY community_code),
inputs AS (
    SELECT community_code,
           max(value) FILTER (WHERE indicator = 'SAFETY_INCIDENTS') AS safety_incidents,
           max(value) FILTER (WHERE indicator = 'SATISFACTION') AS satisfaction,
           max(value) FILTER (WHERE indicator = 'STREET_EVALUATION') AS street_evaluation
    FROM ref_assessment_inputs WHERE year = ${year}
    GROUP BY community_code),
funds AS (
    SELECT community_code, max(fund_anomaly_points)::DECIMAL(38, 10) AS fund_points
    FROM fund_anomaly_points WHERE year = ${year}
    GROUP BY community_code)
SELECT a.community_code,
       coalesce(p.pairs_received, 0) AS pairs_received,
       coalesce(p.pairs_on_time, 0) AS pairs_on_time,
       coalesce(r.rows_read, 0) AS rows_read,
       coalesce(r.rows_accepted, 0) AS rows_accepted,
       coalesce(p.employment_months, 0) > 0 AS has_employment,
       coalesce(u.unemployed, 0) AS unemployed,
       pop.aged_18_59 AS working_age,
       pop.resident_population,
       pop.period AS population_period,
       coalesce(u.registered, 0) AS registered,
       coalesce(u.placed, 0) AS placed,
       coalesce(h.declared, 0) AS zero_declared,
       coalesce(h.cleared, 0) AS zero_cleared,
       f.fund_points, i.safety_incidents, i.satisfaction, i.street_evaluation
FROM assessed a
LEFT JOIN pairs p USING (community_code)
LEFT JOIN rows_read r USING (community_code)
LEFT JOIN persons u USING (community_code)
LEFT JOIN households h USING (community_code)
LEFT JOIN population pop USING (community_code)
LEFT JOIN inputs i USING (community_code)
LEFT JOIN funds f USING (community_code);

-- One row per assessed community and indicator: raw value (exact), the counts, why missing, the detail text.
CREATE OR REPLACE VIEW assessment_raw AS
WITH c AS (SELECT *, 'no effective employment submission in ${year}' AS no_employment FROM assessment_counts)
SELECT community_code, 'completeness' AS indicator, fr(pairs_received, 48) AS raw,
       pairs_received AS numerator, 48 AS denominator, NULL AS missing_reason,
       CASE WHEN pairs_received = 48 THEN 'all 48 monthly submissions received'
            ELSE (48 - pairs_received) || ' of 48 monthly submissions missing' END AS detail
FROM c
UNION ALL
SELECT community_code, 'timeliness', fr(pairs_on_time, 48), pairs_on_time, 48, NULL,
       CASE WHEN pairs_on_time = 48 THEN 'all 48 submissions on time'
            ELSE (48 - pairs_on_time) || ' of 48 submissions not on time (' || (pairs_received - pairs_on_time)
                 || ' late, ' || (48 - pairs_received) || ' missing)' END
FROM c
UNION ALL
SELECT community_code, 'data_quality', CASE WHEN rows_read > 0 THEN fr(rows_accepted, rows_read) END,
       rows_accepted, rows_read,
       CASE WHEN rows_read = 0 THEN 'no row read in the effective submissions of ${year}' END,
       (rows_read - rows_accepted) || ' of ' || rows_read || ' rows rejected'
FROM c
UNION ALL
SELECT community_code, 'unemployment_rate', CASE WHEN m IS NULL THEN fr(unemployed, working_age) END,
       unemployed, working_age, m,
       unemployed || ' registered unemployed of ' || working_age || ' residents aged 18-59 (' || population_period || ')'
FROM (SELECT *, CASE WHEN NOT has_employment THEN no_employment
                     WHEN working_age IS NULL THEN 'no effective population submission in ${year}'
                     WHEN working_age = 0 THEN 'aged_18_59 is 0 in ' || population_period END AS m FROM c)
UNION ALL
SELECT community_code, 'placement_rate',
       CASE WHEN NOT has_employment THEN NULL WHEN registered = 0 THEN fr(1, 1) ELSE fr(placed, registered) END,
       placed, registered, CASE WHEN NOT has_employment THEN no_employment END,
       CASE WHEN registered = 0 THEN 'nobody registered unemployed in ${year}'
            ELSE placed || ' of ' || registered || ' persons registered unemployed in ${year} placed' END
FROM c
UNION ALL
SELECT community_code, 'zero_household_clearance',
       CASE WHEN NOT has_employment THEN NULL WHEN zero_declared = 0 THEN fr(1, 1) ELSE fr(zero_cleared, zero_declared) END,
       zero_cleared, zero_declared, CASE WHEN NOT has_employment THEN no_employment END,
       CASE WHEN zero_declared = 0 THEN 'no zero-employment household declared in ${year}'
            ELSE zero_cleared || ' of ' || zero_declared || ' zero-employment households cleared within 30 days' END
FROM c
UNION ALL
SELECT community_code, 'fund_anomaly_points', CASE WHEN fund_points IS NOT NULL THEN fdec(fund_points) END,
       fund_points, NULL, CASE WHEN fund_points IS NULL THEN 'no effective funds submission in ${year}' END,
       coalesce(plain(fund_points) || ' fund anomaly points', '')
FROM c
UNION ALL
SELECT community_code, 'safety_incidents_per_1000', raw, safety_incidents, resident_population, m,
       CASE WHEN raw IS NULL THEN ''
            ELSE plain(safety_incidents) || ' safety incidents for a resident population of ' || resident_population
                 || ' (' || f2(raw) || ' per 1,000)' END
FROM (SELECT *, CASE WHEN m IS NULL THEN fr((safety_incidents::DECIMAL(38, 10) * 10000000000)::HUGEINT * 1000,
                                            10000000000 * resident_population::HUGEINT) END AS raw
      FROM (SELECT *, CASE WHEN safety_incidents IS NULL THEN 'no SAFETY_INCIDENTS input for ${year}'
                           WHEN resident_population IS NULL THEN 'no effective population submission in ${year}'
                           WHEN resident_population = 0 THEN 'resident_population is 0 in ' || population_period END AS m
            FROM c))
UNION ALL
SELECT community_code, 'satisfaction', CASE WHEN satisfaction IS NOT NULL THEN fdec(satisfaction) END, NULL, NULL,
       CASE WHEN satisfaction IS NULL THEN 'no SATISFACTION input for ${year}' END,
       coalesce('survey score ' || plain(satisfaction), '')
FROM c
UNION ALL
SELECT community_code, 'street_evaluation', CASE WHEN street_evaluation IS NOT NULL THEN fdec(street_evaluation) END, NULL, NULL,
       CASE WHEN street_evaluation IS NULL THEN 'no STREET_EVALUATION input for ${year}' END,
       coalesce('street evaluation ' || plain(street_evaluation), '')
FROM c;

-- Normalised by the goalposts, weighted and explained (AssessmentScorer): exact fractions, one step per
-- materialised step (a macro repeats its arguments: inlined, the steps' expressions would grow exponentially).
CREATE OR REPLACE VIEW assessment_scored AS
WITH s1 AS MATERIALIZED (
    SELECT r.*, s.ord, s.label, s.weight, s.w, fsub(r.raw, s.worst) AS above_worst, fsub(s.best, s.worst) AS span
    FROM assessment_raw r JOIN scheme s USING (indicator)),
s2 AS MATERIALIZED (SELECT *, fdiv(above_worst, span) AS share FROM s1),
s3 AS MATERIALIZED (SELECT *, fclamp01(share) AS clamped FROM s2),
s4 AS MATERIALIZED (SELECT *, CASE WHEN raw IS NULL THEN fr(0, 1) ELSE fmul(clamped, fr(100, 1)) END AS n FROM s3),
s5 AS MATERIALIZED (SELECT *, fmul(w, n) AS contribution, fsub(fr(100, 1), n) AS left_over FROM s4)
SELECT community_code, ord, indicator, label, weight, raw, numerator, denominator, missing_reason, detail, n,
       contribution, fmul(w, left_over) AS lost
FROM s5;

-- The reporting grid (ReportingGrid): community × dataset × month of Y.
CREATE OR REPLACE VIEW reporting_grid_all AS
WITH months AS (
    SELECT strftime(m, '%Y-%m') AS period, m::DATE AS month_start, last_day(m) AS month_end,
           make_date(year(last_day(m) + 1), month(last_day(m) + 1), least(${deadline_day}, day(last_day(last_day(m) + 1))))
               + INTERVAL '23 hours 59 minutes 59 seconds' AS deadline
    FROM range(DATE '${year}-01-01', DATE '${year}-12-31', INTERVAL 1 MONTH) AS t(m)),
datasets AS (SELECT * FROM (VALUES ('population'), ('employment'), ('floating'), ('funds')) AS d(dataset)),
effective AS (
    SELECT community_code, dataset, period, file_name AS effective_file, first_accepted_at, is_on_time AS effective_on_time
    FROM submissions_effective),
files AS (SELECT * FROM ingest_files WHERE dataset IS NOT NULL),
effective_rejects AS (SELECT file_name AS effective_file, rows_rejected AS effective_rows_rejected FROM files WHERE is_effective),
all_rejects AS (
    SELECT community_code, dataset, period, sum(rows_rejected) AS all_rows_rejected
    FROM files GROUP BY community_code, dataset, period),
grid AS (
    SELECT c.community_code, c.street_code, c.district_code, d.dataset, m.period, m.deadline::TIMESTAMP AS deadline,
           (c.established_on IS NULL OR c.established_on <= m.month_end)
               AND (c.dissolved_on IS NULL OR c.dissolved_on >= m.month_start) AS is_expected,
           e.effective_file IS NOT NULL AS is_received,
           m.deadline <= TIMESTAMP '${run_date} 00:00:00' AS is_due,
           e.effective_file, e.first_accepted_at, e.effective_on_time,
           er.effective_rows_rejected, ar.all_rows_rejected
    FROM ref_communities c CROSS JOIN datasets d CROSS JOIN months m
    LEFT JOIN effective e ON e.community_code = c.community_code AND e.dataset = d.dataset AND e.period = m.period
    LEFT JOIN effective_rejects er ON er.effective_file = e.effective_file
    LEFT JOIN all_rejects ar ON ar.community_code = c.community_code AND ar.dataset = d.dataset AND ar.period = m.period)
SELECT ${year}::INTEGER AS year, community_code, street_code, district_code, dataset, period, deadline,
       is_expected, is_received, is_due,
       CASE WHEN is_received THEN effective_on_time WHEN is_due THEN false END AS is_on_time,
       CASE WHEN is_received THEN CASE WHEN effective_on_time THEN 'on_time' ELSE 'late' END
            WHEN is_expected AND is_due THEN 'missing'
            WHEN is_expected THEN 'not_yet_due'
            ELSE 'not_expected' END AS status,
       effective_file, first_accepted_at,
       coalesce(effective_rows_rejected, 0)::INTEGER AS rejected_rows,
       coalesce(all_rows_rejected, 0)::INTEGER AS rejected_rows_all_files
FROM grid;

-- Money (disclosure_accounts): an absent sum is 0.00; every step DECIMAL(18,2) as in the Spark mart, never a double.
CREATE OR REPLACE MACRO money(x) AS coalesce(x, 0)::DECIMAL(18, 2);
