 atlas:sum  ignore
SELECT 75;
