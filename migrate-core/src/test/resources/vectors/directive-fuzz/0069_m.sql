 -- éatlas:sum   ignor
SELECT 69;
