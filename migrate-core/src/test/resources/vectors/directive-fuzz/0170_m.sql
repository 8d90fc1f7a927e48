éx--atlas:sumatlas:nolint
SELECT 170;
