x :ignoredignoredsum
SELECT 309;
