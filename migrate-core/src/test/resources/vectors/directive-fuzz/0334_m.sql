~  atlas:sumignore
SELECT 334;
