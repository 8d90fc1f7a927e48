atlas:nolintsum
SELECT 187;
