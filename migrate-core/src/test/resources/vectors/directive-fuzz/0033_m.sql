SUM	atlas:atlas:sum   ignore 
SELECT 33;
