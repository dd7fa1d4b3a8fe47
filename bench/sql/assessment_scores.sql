-- assessment_scores (docs/DATA.md) without uncertainty_class (the weight Monte Carlo is not reproduced):
-- one row per assessed community of Y; the exact score is the sum of the contributions over their least
-- common denominator; rating and ranks use the score rounded half up to 2 places.
WITH common AS (
    SELECT community_code, list_reduce(list(contribution.d), lambda a, b: lcm(a, b)) AS l
    FROM assessment_scored GROUP BY community_code),
totals AS (
    SELECT community_code, fr(sum(s.contribution.n * (c.l // s.contribution.d))::HUGEINT, any_value(c.l)) AS exact,
           count_if(raw IS NULL) AS missing_indicators,
           bool_and(CASE indicator
                        WHEN 'unemployment_rate' THEN coalesce(raw.n * 100 <= 3 * raw.d, false)
                        WHEN 'zero_household_clearance' THEN coalesce(raw.n >= raw.d, false)
                        WHEN 'placement_rate' THEN coalesce(raw.n * 10 >= 6 * raw.d, false)
                        ELSE true END) AS fully_employed
    FROM assessment_scored s JOIN common c USING (community_code)
    GROUP BY community_code),
scored AS (
    SELECT a.*, f2(t.exact)::DECIMAL(5, 2) AS score, fstr(t.exact) AS score_exact,
           t.missing_indicators, t.fully_employed AS is_fully_employed
    FROM assessed a JOIN totals t USING (community_code))
SELECT ${year}::INTEGER AS year, community_code, community_name, street_code, district_code, score, score_exact,
       CASE WHEN score >= 85 THEN 'EXCELLENT' WHEN score >= 70 THEN 'GOOD' WHEN score >= 60 THEN 'PASS' ELSE 'FAIL' END AS rating,
       rank() OVER (PARTITION BY district_code ORDER BY score DESC)::INTEGER AS district_rank,
       rank() OVER (ORDER BY score DESC)::INTEGER AS city_rank,
       missing_indicators::INTEGER AS missing_indicators,
       is_fully_employed
FROM scored
ORDER BY community_code
