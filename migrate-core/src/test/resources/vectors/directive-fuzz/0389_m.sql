-- sumatlas:nolint
SELECT 389;
