éignoresum_ignore-- 
SELECT 307;
