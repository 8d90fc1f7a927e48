-- atlas:sum ignore-- 
SELECT 57;
