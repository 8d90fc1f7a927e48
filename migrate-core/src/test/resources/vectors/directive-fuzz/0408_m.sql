atlas:sumignoredxéatlas:sum  ignore 
SELECT 408;
