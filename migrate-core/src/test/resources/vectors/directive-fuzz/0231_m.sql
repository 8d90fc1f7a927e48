atlas:-- ~atlas:nolint _  atlas:sum  ignore
SELECT 231;
