  sumatlas:nolint--atlas:sum  ignore
SELECT 63;
