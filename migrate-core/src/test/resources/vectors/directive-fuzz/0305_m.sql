atlas:nolintatlas:sumsum_-- atlas:sum  ignor
SELECT 305;
