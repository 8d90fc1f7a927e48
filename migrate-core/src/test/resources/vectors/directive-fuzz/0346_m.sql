~-- sum
SELECT 346;
