atlas:sum ignoreatlas:sum ignore
SELECT 364;
