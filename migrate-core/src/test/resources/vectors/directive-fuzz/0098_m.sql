atlas:é--atlas:sum   ignore
SELECT 98;
