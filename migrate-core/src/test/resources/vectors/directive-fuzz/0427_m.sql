SUM-- ignored#:--atlas:sum  ignor
SELECT 427;
