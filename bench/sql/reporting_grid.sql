-- reporting_grid (docs/DATA.md): one row per community of ref_communities, dataset and month of Y.
SELECT * FROM reporting_grid_all ORDER BY community_code, dataset, period
