-- atlas:atlas:sum   ignore
SELECT 294;
