atlas:-- 
SELECT 113;
