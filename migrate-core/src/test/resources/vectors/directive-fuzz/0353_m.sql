_atlas:sum ignore 
SELECT 353;
