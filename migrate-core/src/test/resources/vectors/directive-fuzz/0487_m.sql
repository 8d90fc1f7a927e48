-- 	 :éatlas:sum  ignor
SELECT 487;
