atlas:sum
SELECT 136;
