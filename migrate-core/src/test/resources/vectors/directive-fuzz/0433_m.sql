atlas:ignoredatlas:nolinté#	
SELECT 433;
