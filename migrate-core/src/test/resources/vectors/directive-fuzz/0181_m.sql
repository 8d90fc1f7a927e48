-- atlas:nolintatlas:sum#_
SELECT 181;
