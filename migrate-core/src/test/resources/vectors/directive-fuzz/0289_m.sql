atlas:sum ignoreignore# ~atlas:sum  ignore
SELECT 289;
