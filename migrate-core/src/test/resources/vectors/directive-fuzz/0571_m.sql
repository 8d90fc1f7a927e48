atlas:x:#--ignored_atlas:sum ignor
SELECT 571;
