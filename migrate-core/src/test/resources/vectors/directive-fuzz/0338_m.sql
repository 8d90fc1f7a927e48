#atlas:--atlas:sum ignore
SELECT 338;
