ignored:atlas:sum ignoreatlas:sum   ignore 
SELECT 208;
