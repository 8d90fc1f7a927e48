xatlas:
SELECT 229;
