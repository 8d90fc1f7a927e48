  atlas:atlas:sumignore 
SELECT 339;
