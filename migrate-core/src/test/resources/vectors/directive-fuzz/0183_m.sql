atlas:_atlas:sum  ignore
SELECT 183;
