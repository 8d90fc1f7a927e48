atlas:sum ignore_atlas:sum  ignor
SELECT 38;
