atlas:sum ignore_atlas:sum: 
SELECT 391;
