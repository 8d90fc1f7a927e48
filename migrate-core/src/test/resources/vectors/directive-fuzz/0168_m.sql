--atlas:sum ignore
SELECT 168;
