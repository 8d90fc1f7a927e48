atlas:atlas:sum  ignore 
SELECT 34;
