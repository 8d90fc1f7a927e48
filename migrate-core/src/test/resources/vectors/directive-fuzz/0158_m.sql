:ignored#-- 
SELECT 158;
