x atlas:sum
SELECT 179;
