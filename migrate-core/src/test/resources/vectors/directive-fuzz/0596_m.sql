atlas:-- 
SELECT 596;
