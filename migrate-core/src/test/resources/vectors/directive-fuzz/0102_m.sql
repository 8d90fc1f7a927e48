--xatlas:--	
SELECT 102;
