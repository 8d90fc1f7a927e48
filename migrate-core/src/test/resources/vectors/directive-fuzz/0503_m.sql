	atlas:sum:atlas:sum  ignor
SELECT 503;
