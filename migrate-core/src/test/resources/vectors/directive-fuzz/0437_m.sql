_atlas:sum ignore 
SELECT 437;
