~  atlas:sum   ignore
SELECT 169;
