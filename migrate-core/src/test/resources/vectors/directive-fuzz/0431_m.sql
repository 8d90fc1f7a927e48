ignore_ignoreatlas:sum  ignore 
SELECT 431;
