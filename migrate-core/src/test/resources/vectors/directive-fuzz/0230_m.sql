  ignoreSUMatlas:nolintatlas:atlas:sumatlas:sum ignore
SELECT 230;
