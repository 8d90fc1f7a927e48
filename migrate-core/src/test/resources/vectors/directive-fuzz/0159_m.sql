--_atlas:sum ignore
SELECT 159;
