#	#SUMatlas:sum
SELECT 316;
