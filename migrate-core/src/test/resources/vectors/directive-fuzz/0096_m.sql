SUM~ignore  
SELECT 96;
