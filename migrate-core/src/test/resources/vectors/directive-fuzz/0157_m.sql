  atlas:sum 
SELECT 157;
