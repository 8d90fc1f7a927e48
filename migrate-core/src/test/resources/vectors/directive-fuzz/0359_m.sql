:atlas:nolintsum~_atlas:sum ignore
SELECT 359;
