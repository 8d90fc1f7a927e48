_atlas:sum  ignor
SELECT 595;
