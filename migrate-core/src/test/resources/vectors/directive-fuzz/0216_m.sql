--atlas:sum  ignor
SELECT 216;
