sum  atlas:sum ignorex	atlas:suméatlas:sum  ignore 
SELECT 459;
