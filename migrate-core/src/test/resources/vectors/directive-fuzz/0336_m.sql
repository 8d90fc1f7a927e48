atlas:atlas:nolintatlas:sumignored
SELECT 336;
