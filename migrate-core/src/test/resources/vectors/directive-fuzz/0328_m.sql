x-- -- atlas:sum  ignore
SELECT 328;
