éatlas:sum ignore 
SELECT 200;
