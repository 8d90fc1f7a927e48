atlas:sum--atlas:sum  ignore
SELECT 419;
