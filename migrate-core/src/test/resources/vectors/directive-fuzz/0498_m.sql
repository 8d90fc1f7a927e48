 atlas:sumignore
SELECT 498;
