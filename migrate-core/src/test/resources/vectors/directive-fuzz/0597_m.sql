	 atlas:nolintx   sum
SELECT 597;
