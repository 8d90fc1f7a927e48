xxatlas:sum   ignore 
SELECT 222;
