-- atlas:sum ignore 
SELECT 105;
