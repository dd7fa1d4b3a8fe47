-- reporting_rates (docs/DATA.md): the grid summed per street, district and city, dataset and month of Y.
WITH units AS (
    SELECT 'street' AS level, street_code AS unit_code, * FROM reporting_grid_all
    UNION ALL SELECT 'district', district_code, * FROM reporting_grid_all
    UNION ALL SELECT 'city', substring(district_code, 1, 4), * FROM reporting_grid_all)
SELECT year, level, unit_code, dataset, period,
       count(*)::INTEGER AS communities,
       count_if(is_expected)::INTEGER AS expected,
       count_if(is_received)::INTEGER AS received,
       count_if(coalesce(is_on_time, false))::INTEGER AS on_time, -- null (not yet due) counts 0, as in Spark
       count_if(status = 'late')::INTEGER AS late,
       count_if(status = 'missing')::INTEGER AS missing,
       count_if(status = 'not_yet_due')::INTEGER AS not_yet_due,
       sum(rejected_rows)::INTEGER AS rejected_rows,
       sum(rejected_rows_all_files)::INTEGER AS rejected_rows_all_files
FROM units
GROUP BY year, level, unit_code, dataset, period
ORDER BY level, unit_code, dataset, period
