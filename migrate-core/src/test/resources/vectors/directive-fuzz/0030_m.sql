	   atlas:sum  ignor
SELECT 30;
