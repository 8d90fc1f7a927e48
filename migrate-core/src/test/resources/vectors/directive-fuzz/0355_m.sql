atlas:sum ignoreatlas:SUM_atlas:nolintsum
SELECT 355;
