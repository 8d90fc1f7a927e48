-- #éSUMx:atlas:sum  ignore
SELECT 255;
