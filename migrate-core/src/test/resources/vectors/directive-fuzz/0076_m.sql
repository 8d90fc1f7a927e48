:atlas:sum  ignor
SELECT 76;
