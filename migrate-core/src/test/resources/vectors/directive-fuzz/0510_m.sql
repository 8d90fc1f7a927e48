 ésumxatlas:~atlas:sum   ignore 
SELECT 510;
