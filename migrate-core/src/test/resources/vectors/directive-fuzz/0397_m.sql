éignore
SELECT 397;
