-- ignore
SELECT 395;
