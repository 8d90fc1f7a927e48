é-- 
SELECT 228;
