 atlas:sumxatlas:sumignore
SELECT 24;
