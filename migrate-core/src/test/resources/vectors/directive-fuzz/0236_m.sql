éatlas:sum ignore
SELECT 236;
