atlas:sumatlas:nolintsum
SELECT 144;
