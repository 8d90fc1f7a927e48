atlas:nolintatlas:sum ignore__atlas:sum ignoreé
SELECT 476;
