  atlas:sum ignoreignored#sumatlas:sum ignore--atlas:sum  ignore
SELECT 21;
