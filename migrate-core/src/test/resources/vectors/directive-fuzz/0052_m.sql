é~atlas:sum ignore 
SELECT 52;
