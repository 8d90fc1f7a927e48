atlas:sum
SELECT 235;
