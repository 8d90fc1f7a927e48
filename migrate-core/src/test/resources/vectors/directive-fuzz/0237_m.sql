_atlas:sumSUMsum-- 	ignoredatlas:sum ignore
SELECT 237;
