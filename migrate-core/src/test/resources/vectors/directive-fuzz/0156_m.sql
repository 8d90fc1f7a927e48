sumatlas:nolintxatlas:sumignore 
SELECT 156;
