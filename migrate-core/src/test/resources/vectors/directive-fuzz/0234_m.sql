atlas:sum ignoreignored_atlas:sum ignore--atlas:sum  ignore
SELECT 234;
