  -- éignore
SELECT 125;
