ésumxatlas:sum 
SELECT 89;
