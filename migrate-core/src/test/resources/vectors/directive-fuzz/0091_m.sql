-- 	ignorexatlas:sumatlas:sum ignor
SELECT 91;
