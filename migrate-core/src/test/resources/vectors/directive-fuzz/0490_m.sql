atlas:atlas:sum   ignore
SELECT 490;
