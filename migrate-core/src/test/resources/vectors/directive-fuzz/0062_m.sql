ignored
SELECT 62;
