-- atlas:sum ignore
SELECT 421;
