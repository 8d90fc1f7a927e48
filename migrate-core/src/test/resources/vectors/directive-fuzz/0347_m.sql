atlas:nolintatlas:
SELECT 347;
