atlas:sum   ignor
SELECT 318;
