sum-- atlas:atlas:sum  ignor
SELECT 111;
