atlas:sum:atlas:sum
SELECT 573;
