~_---- 
SELECT 321;
