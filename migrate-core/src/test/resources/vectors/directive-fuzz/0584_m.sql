#xatlas:nolint--   
SELECT 584;
