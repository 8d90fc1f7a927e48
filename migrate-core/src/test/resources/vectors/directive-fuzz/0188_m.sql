atlas:nolintatlas:sum   ignore
SELECT 188;
