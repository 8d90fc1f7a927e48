 atlas:atlas:sum   ignor
SELECT 250;
