--ignoreatlas:sum ignore--
SELECT 374;
