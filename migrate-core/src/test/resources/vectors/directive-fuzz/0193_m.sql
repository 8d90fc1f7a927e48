_atlas:sumignore 
SELECT 193;
