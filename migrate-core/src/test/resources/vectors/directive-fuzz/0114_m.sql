  atlas:sum   ignor
SELECT 114;
