é  --ignored~atlas:sum  ignore 
SELECT 259;
