atlas:~sumatlas:sum ignore
SELECT 362;
