		atlas:sumatlas:x
SELECT 299;
