éatlas:sum  ignore 
SELECT 46;
