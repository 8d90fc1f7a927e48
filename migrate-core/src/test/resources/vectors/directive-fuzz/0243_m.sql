atlas:nolintatlas:sumatlas:nolintSUMatlas:sum ignore 
SELECT 243;
