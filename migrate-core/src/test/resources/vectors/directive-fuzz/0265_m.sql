atlas:sum ignoreatlas:nolintatlas:sum ignore
SELECT 265;
