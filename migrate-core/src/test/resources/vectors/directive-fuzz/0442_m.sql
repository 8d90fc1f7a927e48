éignored----
SELECT 442;
