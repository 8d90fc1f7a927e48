atlas:sum ignore
SELECT 185;
