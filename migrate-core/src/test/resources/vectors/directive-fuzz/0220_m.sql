sum 
SELECT 220;
