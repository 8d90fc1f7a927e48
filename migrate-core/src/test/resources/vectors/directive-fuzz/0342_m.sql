	atlas:sum   ignore 
SELECT 342;
