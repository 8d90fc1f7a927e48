é		atlas:sum  ignor
SELECT 358;
