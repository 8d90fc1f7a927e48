:atlas:nolint-- 
SELECT 516;
