atlas:sum  -- ignoreatlas:sum_atlas:sum ignore 
SELECT 392;
