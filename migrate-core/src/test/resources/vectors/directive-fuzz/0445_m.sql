sumatlas:sum ignore
SELECT 445;
