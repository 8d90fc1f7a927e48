atlas:nolint_SUMatlas:sum   ignore
SELECT 370;
