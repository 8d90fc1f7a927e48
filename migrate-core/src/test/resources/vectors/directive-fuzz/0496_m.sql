atlas:sum  ignore 
SELECT 496;
