atlas:sumatlas:sum   ignore 
SELECT 536;
