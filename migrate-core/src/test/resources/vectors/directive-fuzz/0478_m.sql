SUMéatlas:sum  ignore
SELECT 478;
