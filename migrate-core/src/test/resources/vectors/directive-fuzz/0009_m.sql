atlas:sum 
SELECT 9;
