	   sum
SELECT 162;
