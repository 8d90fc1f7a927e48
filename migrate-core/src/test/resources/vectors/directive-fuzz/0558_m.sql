éatlas:sumatlas:nolint
SELECT 558;
