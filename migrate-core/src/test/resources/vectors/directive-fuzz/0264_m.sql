~atlas:nolintatlas:nolint
SELECT 264;
