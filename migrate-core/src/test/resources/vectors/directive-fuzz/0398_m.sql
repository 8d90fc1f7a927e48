	_ xatlas:
SELECT 398;
