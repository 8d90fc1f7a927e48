sumignoredatlas:sumignore
SELECT 416;
