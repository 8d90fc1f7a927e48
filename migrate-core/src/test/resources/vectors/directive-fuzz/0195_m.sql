--   
SELECT 195;
