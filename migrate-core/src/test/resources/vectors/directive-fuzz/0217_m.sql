atlas:sum ignore
SELECT 217;
