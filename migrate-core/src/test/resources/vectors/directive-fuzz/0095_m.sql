sum
SELECT 95;
