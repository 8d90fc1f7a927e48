--  atlas:nolintatlas:sum  ignore
SELECT 401;
