atlas:atlas:sum
SELECT 142;
