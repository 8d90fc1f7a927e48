#atlas:atlas:sumignore
SELECT 122;
