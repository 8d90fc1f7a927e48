--atlas:sum  ignore 
SELECT 37;
