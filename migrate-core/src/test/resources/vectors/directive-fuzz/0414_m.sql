atlas:sum  ignore
SELECT 414;
