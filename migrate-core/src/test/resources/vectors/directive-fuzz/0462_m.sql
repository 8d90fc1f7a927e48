	atlas:sumignore
SELECT 462;
