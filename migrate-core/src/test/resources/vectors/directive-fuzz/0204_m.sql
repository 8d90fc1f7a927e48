atlas:sumatlas:sum  ignor
SELECT 204;
