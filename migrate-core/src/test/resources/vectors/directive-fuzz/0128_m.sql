  sum
SELECT 128;
