atlas:sumatlas:sum ignor
SELECT 594;
