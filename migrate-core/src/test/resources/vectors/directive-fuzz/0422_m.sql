atlas:atlas:sum   ignore
SELECT 422;
