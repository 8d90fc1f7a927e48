--   
SELECT 55;
