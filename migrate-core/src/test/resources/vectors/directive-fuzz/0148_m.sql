atlas:sumatlas:sum--
SELECT 148;
