-- assessment_indicators (docs/DATA.md): one row per assessed community of Y and indicator of the scheme.
SELECT ${year}::INTEGER AS year, community_code, indicator, weight,
       CASE WHEN raw IS NOT NULL THEN f10(raw) END AS raw,
       CASE WHEN raw IS NOT NULL THEN fstr(raw) END AS raw_exact,
       raw IS NULL AS is_missing,
       CASE WHEN raw IS NULL THEN missing_reason END AS missing_reason,
       f10(n) AS normalised, f10(contribution) AS contribution, f10(lost) AS points_lost,
       numerator::DECIMAL(38, 10) AS numerator, denominator::DECIMAL(38, 10) AS denominator,
       CASE WHEN lost.n = 0 THEN 'no points lost on ' ELSE f2(lost)::VARCHAR || ' points lost on ' END
           || label || ': ' || CASE WHEN raw IS NULL THEN 'missing (' || missing_reason || ')' ELSE detail END AS explanation
FROM assessment_scored
ORDER BY community_code, ord
