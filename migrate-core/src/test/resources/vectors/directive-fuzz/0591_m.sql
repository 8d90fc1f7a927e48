ignored
SELECT 591;
