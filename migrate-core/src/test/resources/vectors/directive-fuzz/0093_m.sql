_--atlas:nolint~atlas:sum   ignore
SELECT 93;
