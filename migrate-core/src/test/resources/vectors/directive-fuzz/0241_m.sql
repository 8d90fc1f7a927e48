xatlas:sumignore
SELECT 241;
